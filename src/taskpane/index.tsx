/** Entry of the task pane: waits for Office, picks the language, renders. */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { officeLang } from './i18n';
import { tp as t } from '../i18n/pane';

function mount(node: React.ReactNode): void {
  const el = document.getElementById('root')!;
  createRoot(el).render(node);
}

if (typeof Office === 'undefined') {
  mount(
    <p style={{ padding: 16 }}>
      {t('zh', 'addin.noOffice')} / {t('en', 'addin.noOffice')}
    </p>,
  );
} else {
  void Office.onReady(() => {
    const lang = officeLang();
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en-US';
    mount(<App lang={lang} />);
  });
}
