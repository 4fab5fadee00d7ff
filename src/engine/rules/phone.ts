/** Phone numbers as offices write them (docs/CHECKS.md, phone.invalid). */

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^(?:0\d{2,3})?[2-9]\d{6,7}(?:(?:转|ext\.?|x|-)\d{1,6})?$/i;
const SERVICE = /^(?:400|800)\d{7}$/;

/**
 * A mobile (11 digits), a landline with or without area code, or a 400/800
 * number; several may be listed, separated by 、 , ; / or line breaks.
 *
 * @example isValidPhone('13812345678、010-12345678') // true
 */
export function isValidPhone(text: string): boolean {
  // One mobile number as typed (most cells): valid as it stands, nothing to split or strip.
  if (MOBILE.test(text)) return true;
  const parts = text
    .split(/[、,，;；/\n]+/)
    .map((p) => p.replace(/[\s()（）-]/g, '').replace(/^\+86/, ''))
    .filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((p) => MOBILE.test(p) || LANDLINE.test(p) || SERVICE.test(p));
}
