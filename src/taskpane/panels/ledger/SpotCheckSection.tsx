/**
 * 销号抽查: the ratio, the seed and who checks; draw a repeatable sample into
 * 抽查清单, and apply the conclusions typed there (不属实 / 反弹 send the
 * problem back). The same engine commands as `rectify spotcheck`.
 */
import * as React from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { type SpotDrawResult, parseRatio, parseSeed } from '../../../engine/spotcheck';
import type { Lang, MessageParams } from '../../../i18n/index';
import { translator } from '../../../i18n/translate';
import { SPOT_PANE_MESSAGES, type SpotKey } from '../../../i18n/catalogues/spotPane';

const useStyles = makeStyles({
  intro: { color: tokens.colorNeutralForeground2, margin: '0 0 8px' },
  actions: { display: 'flex', gap: '8px', marginTop: '8px', flexWrap: 'wrap' },
  list: { margin: '8px 0 0', paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
});

const tx = translator(SPOT_PANE_MESSAGES);
export type SpotT = (key: SpotKey, params?: MessageParams) => string;
export const spotT =
  (lang: Lang): SpotT =>
  (key, params) =>
    tx(lang, key, params);

export interface SpotCheckSectionProps {
  lang: Lang;
  today: string;
  busy: boolean;
  drawn: SpotDrawResult | null;
  onDraw(ratio: number, seed: number, by: string): void;
  onApply(): void;
  onInvalid(text: string): void;
}

export function SpotCheckSection(props: SpotCheckSectionProps): React.JSX.Element {
  const { lang, today, busy, drawn, onDraw, onApply, onInvalid } = props;
  const s = useStyles();
  const sp = React.useMemo(() => spotT(lang), [lang]);
  const [ratio, setRatio] = React.useState('10%');
  const [seed, setSeed] = React.useState(today.replace(/-/g, ''));
  const [by, setBy] = React.useState('');
  const draw = () => {
    const r = parseRatio(ratio);
    if (r === null) return onInvalid(sp('spot.badRatio', { value: ratio }));
    const n = parseSeed(seed);
    if (n === null) return onInvalid(sp('spot.badSeed', { value: seed }));
    onDraw(r, n, by.trim());
  };
  return (
    <section aria-label={sp('spot.title')}>
      <h3>{sp('spot.title')}</h3>
      <p className={s.intro}>{sp('spot.intro')}</p>
      <Field label={sp('spot.ratio')}>
        <Input value={ratio} onChange={(_, d) => setRatio(d.value)} />
      </Field>
      <Field label={sp('spot.seed')}>
        <Input value={seed} inputMode="numeric" onChange={(_, d) => setSeed(d.value)} />
      </Field>
      <Field label={sp('spot.by')}>
        <Input value={by} onChange={(_, d) => setBy(d.value)} />
      </Field>
      <div className={s.actions}>
        <Button disabled={busy} onClick={draw}>
          {sp('spot.draw')}
        </Button>
        <Button disabled={busy} onClick={onApply}>
          {sp('spot.apply')}
        </Button>
      </div>
      {drawn && drawn.drawn > 0 && (
        <ul className={s.list}>
          {drawn.strata
            .filter((st) => st.closed > 0)
            .map((st) => (
              <li key={st.unit}>
                {sp('spot.unit', {
                  unit: st.unit,
                  closed: st.closed,
                  take: st.drawn.length,
                  ids: st.drawn.map((p) => p.id).join(' '),
                })}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
