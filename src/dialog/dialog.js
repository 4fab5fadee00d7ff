/*
 * The ribbon commands' result dialog (src/dialog/dialog.html): shows the title and lines it is given in its
 * query string (?lang=zh|en&intent=success|warning|error&title=…&line=…&line=…&ok=…), already translated by the
 * command that opened it, so the page carries no catalogue of its own. Passing data in the query string is the
 * documented alternative to messageChild, which needs DialogApi 1.2
 * (https://learn.microsoft.com/office/dev/add-ins/develop/parent-to-dialog). Office appends its own _host_info
 * parameter, which we neither read nor write.
 *
 * ES5, inlined by webpack.config.js: the ribbon also opens this page from an old webview to say it is too old
 * (src/taskpane/compat.js), so it must run there. test/addin/webview.test.ts parses it as ES5.
 */
/* global window, Office */
(function (win) {
  'use strict';
  var doc = win.document;

  /** Query parameters; `line` may repeat. */
  function params() {
    var out = { line: [] };
    var pairs = win.location.search.replace(/^\?/, '').split('&');
    for (var i = 0; i < pairs.length; i++) {
      if (!pairs[i]) continue;
      var eq = pairs[i].indexOf('=');
      var key = decode(eq < 0 ? pairs[i] : pairs[i].substring(0, eq));
      var value = eq < 0 ? '' : decode(pairs[i].substring(eq + 1));
      if (key === 'line') out.line.push(value);
      else out[key] = value;
    }
    return out;
  }

  function decode(s) {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (e) {
      return s;
    }
  }

  function text(el, value) {
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(doc.createTextNode(value));
  }

  var p = params();
  var main = doc.getElementById('dialog');
  doc.documentElement.setAttribute('lang', p.lang === 'en' ? 'en' : 'zh-CN');
  if (/^(success|warning|error)$/.test(p.intent || '')) main.className = p.intent;
  if (p.title) {
    text(doc.getElementById('title'), p.title);
    doc.title = p.title;
  }
  var lines = doc.getElementById('lines');
  for (var i = 0; i < p.line.length; i++) {
    var para = doc.createElement('p');
    text(para, p.line[i]);
    lines.appendChild(para);
  }
  var ok = doc.getElementById('ok');
  if (p.ok) text(ok, p.ok);

  // messageParent may be called only once Office.js is initialised; a click before that waits for it.
  var ready = false;
  var pending = false;
  function send() {
    if (!ready) {
      pending = true;
      return;
    }
    try {
      Office.context.ui.messageParent('close');
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (e) {
      // Opened outside Office (a browser, the browser test): nothing to tell.
    }
  }
  if (typeof Office !== 'undefined' && Office.onReady) {
    Office.onReady(function () {
      ready = true;
      if (pending) send();
    });
  }
  ok.onclick = send;
  doc.onkeydown = function (e) {
    if ((e || win.event).keyCode === 27) send();
  };
  ok.focus();
})(window);
