[#import "/discussions/templates/macros/ui.ftl" as ui]
[#assign d = discussion]
[#macro thread items]
<ul class="thread">
[#list items as c]
  <li>
    <article class="contribution" id="c-${c.id()}" aria-label="Сообщение ${c.author()}">
      [#if c.placeholder()?has_content]<p class="contribution__placeholder">${c.placeholder()}</p>[/#if]
      [#if c.html()?has_content]
      <p class="contribution__meta">
        <strong>${c.author()}</strong>
        <span>${c.track()}</span>
        <span>${c.section()}</span>
        <span class="stance--${c.stanceId()}">${c.stance()}</span>
        <span>${c.created()}</span>
        [#if c.edited()?has_content]<span>изменено ${c.edited()}</span>[/#if]
      </p>
      <div class="contribution__text">${c.html()?no_esc}</div>
      [/#if]
      <div class="contribution__actions">
        [#if c.canEdit()]
        <a href="/discussions/${d.id()}/contributions/${c.id()}/edit">Изменить</a>
        <form method="post" action="/discussions/${d.id()}/contributions/${c.id()}/withdraw">[@ui.csrf/]<button type="submit" class="link-button">Отозвать</button></form>
        [/#if]
        [#if c.canHide()]
        <form class="inline-form" method="post" action="/moderation/contributions/${c.id()}/hide">[@ui.csrf/]<label for="h-${c.id()}">Причина скрытия</label> <input id="h-${c.id()}" name="reason" type="text" required> <button type="submit" class="button--secondary">Скрыть</button></form>
        [/#if]
        [#if c.canReport()]
        <form method="post" action="/discussions/${d.id()}/contributions/${c.id()}/report">[@ui.csrf/]<button type="submit" class="link-button">Пожаловаться модератору</button></form>
        [/#if]
      </div>
      [#if c.canReply()]
      <details class="contribution__reply">
        <summary>Ответить</summary>
        <form method="post" action="/discussions/${d.id()}/contributions">
          [@ui.csrf/]
          <input type="hidden" name="parent" value="${c.id()}">
          [@ui.stance prefix="r-" + c.id()/]
          <div class="form-field">
            <label for="r-${c.id()}-text">Текст ответа</label>
            <textarea id="r-${c.id()}-text" name="text" required></textarea>
          </div>
          <button type="submit">Отправить ответ</button>
        </form>
      </details>
      [/#if]
    </article>
    [#if c.replies()?has_content][@thread c.replies()/][/#if]
  </li>
[/#list]
</ul>
[/#macro]
[@ui.page title=pageTitle]
<div class="discussion">
<h1 class="page-title">${d.title()}</h1>
<p><strong>${d.phase()}</strong>. Период: ${d.opens()} — ${d.closes()}.</p>
<p>Документ: [#if d.documentLink()?has_content]<a href="${d.documentLink()}">${d.documentTitle()}</a>[#else]<strong>${d.documentTitle()}</strong> (проект, открыт для обсуждения)[/#if][#if d.resultsPublished()] · <a href="/discussions/${d.id()}/results">Итоги обсуждения</a>[/#if]</p>
[#if sent == "published"][@ui.notice "ok" "Сообщение опубликовано."/][/#if]
[#if sent == "pending"][@ui.notice "ok" "Сообщение отправлено на модерацию: его увидят после проверки."/][/#if]
[#if sent == "reported"][@ui.notice "ok" "Спасибо: модератор посмотрит это сообщение."/][/#if]

[#if d.draftBody()?has_content]
<details class="draft-text">
  <summary>Текст проекта документа</summary>
  <div class="rich-text">${cmsfn.richText(d.draftBody())}</div>
</details>
[/#if]
[#if d.sections()?has_content]
<h2>Разделы для обсуждения</h2>
<ol class="sections">
[#list d.sections() as s]
  <li id="${s.anchor()}"><strong>${s.title()}</strong>[#if !s.found()] <em>(раздел изменён в документе; показан текст на начало обсуждения)</em>[/#if]<br>${s.text()}</li>
[/#list]
</ol>
[/#if]

<h2>Позиции участников</h2>
<p>[#list d.stances() as s]${s.label()}: ${s.count()?c}[#sep] · [/#list]</p>

<h2 id="contributions">Предложения и замечания (${d.shown()?c})</h2>
[#if d.threads()?has_content][@thread d.threads()/][#else]<p>Сообщений пока нет.</p>[/#if]

<h2 id="new">Ваше предложение</h2>
[#assign allowed = d.tracks()?filter(t -> t.allowed())]
[#if errors?has_content][@ui.notice "error" "Сообщение не отправлено: исправьте отмеченное ниже."/][/#if]
[#if allowed?has_content]
<form method="post" action="/discussions/${d.id()}/contributions" novalidate>
  [@ui.csrf/]
  <div class="form-field">
    <label for="f-track">Часть обсуждения</label>
    <select id="f-track" name="track"[@ui.described errors "track"/]>
      [#list allowed as t]<option value="${t.id()}"[#if form.track() == t.id()] selected[/#if]>${t.label()}</option>[/#list]
    </select>
    [@ui.error errors "track"/]
  </div>
  <div class="form-field">
    <label for="f-anchor">К чему относится</label>
    <select id="f-anchor" name="anchor"[@ui.described errors "anchor"/]>
      <option value="">Документ в целом</option>
      [#list d.sections() as s]<option value="${s.anchor()}"[#if form.anchor() == s.anchor()] selected[/#if]>${s.title()}</option>[/#list]
    </select>
    [@ui.error errors "anchor"/]
  </div>
  [@ui.stance selected=form.stance() errors=errors/]
  <div class="form-field">
    <label for="f-municipality">Муниципалитет (для итогов обсуждения)</label>
    <select id="f-municipality" name="municipality">
      <option value="">Не указывать</option>
      [#list municipalities as m]<option[#if form.municipality() == m.title()] selected[/#if]>${m.title()}</option>[/#list]
    </select>
  </div>
  <div class="form-field[#if (errors.text)?has_content] form-field--invalid[/#if]">
    <label for="f-text">Текст</label>
    <p class="form-field__hint" id="f-text-hint">Можно: пустая строка — новый абзац, строки с «- » — список, **жирный**, *курсив*.</p>
    <textarea id="f-text" name="text" required[@ui.described errors "text"/]>${form.text()}</textarea>
    [@ui.error errors "text"/]
  </div>
  <button type="submit">Отправить</button>
</form>
[#else]
  [#list d.tracks() as t]<p class="notice">${t.label()}: ${t.refusal()}</p>[/#list]
  [#if (errors.text)?has_content][@ui.notice "error" errors.text/][/#if]
[/#if]
</div>
[/@ui.page]
