/**
 * The public version's screen: personal numbers, e-mail addresses, the names
 * of the people a workbook names and the user's own words, replaced by ***
 * and counted by rule (docs/STATUS.md, "The public version").
 */
export { SCREEN_RULES, WITHHELD, makeScreen } from './screen';
export type { Screen, ScreenCounts, ScreenOptions, ScreenRule } from './screen';
export { personNames, namesInCell } from './names';
export { splitWordList } from './words';
export { isIdNumber, passesLuhn } from './numbers';
