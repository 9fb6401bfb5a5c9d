[#import "/discussions/templates/macros/ui.ftl" as ui]
[#import "/discussions/templates/macros/review.ftl" as review]
[@ui.page title=pageTitle]
<div class="discussion">
<h1 class="page-title">${d.title}</h1>
<p>Период: ${d.period}. Срок экспертизы: ${d.reviewDue}. <a href="/discussions/${d.id}">Страница обсуждения</a></p>
[#if done?has_content][@ui.notice "ok" "Готово."/][/#if]
[#if errors?has_content][#list errors?values as e][@ui.notice "error" e/][/#list][/#if]

<div class="inline-form">
[#if !d.closed]
  <form method="post" action="/discussions/manage/${d.id}/close">[@ui.csrf/]<button type="submit">Завершить обсуждение сейчас</button></form>
[/#if]
[#if !d.reviewClosed]
  <form method="post" action="/discussions/manage/${d.id}/close-review">[@ui.csrf/]<button type="submit" class="button--secondary">Завершить экспертизу сейчас</button></form>
[/#if]
  <form method="post" action="/discussions/manage/${d.id}/results">[@ui.csrf/]<input type="hidden" name="publish" value="${(!d.resultsPublished)?c}"><button type="submit">${d.resultsPublished?then('Снять итоги с публикации', 'Опубликовать итоги')}</button></form>
  <a href="/discussions/${d.id}/results">Итоги (предпросмотр)</a>
</div>

<h2>Экспертиза</h2>
[#if assigned?has_content]
<table class="data-table">
  <caption>Назначенные эксперты</caption>
  <thead><tr><th scope="col">Эксперт</th><th scope="col">Срок</th><th scope="col">Состояние</th></tr></thead>
  <tbody>[#list assigned as a]<tr><td>${a.name()}</td><td>${a.due()}</td><td>${a.state()}</td></tr>[/#list]</tbody>
</table>
[#else]<p>Эксперты не назначены.</p>[/#if]

<h3>Назначить экспертов из реестра</h3>
<form class="inline-form" method="get" action="/discussions/manage/${d.id}">
  <div class="form-field"><label for="a-area">Направление</label>
    <select id="a-area" name="area"><option value="">Все</option>[#list areas as o]<option value="${o.value()}"[#if area == o.value()] selected[/#if]>${o.title()}</option>[/#list]</select></div>
  <div class="form-field"><label for="a-municipality">Муниципалитет</label>
    <select id="a-municipality" name="municipality"><option value="">Все</option>[#list municipalities as o]<option value="${o.value()}"[#if municipality == o.value()] selected[/#if]>${o.title()}</option>[/#list]</select></div>
  <button type="submit" class="button--secondary">Подобрать</button>
</form>
[#if candidates?has_content]
<form method="post" action="/discussions/manage/${d.id}/assign">
  [@ui.csrf/]
  <fieldset class="form-field">
    <legend>Эксперты</legend>
    [#list candidates as c]<label><input type="checkbox" name="experts" value="${c.login()}"> ${c.name()} — ${c.municipality()}; направления ${c.areas()}</label>[/#list]
  </fieldset>
  [@ui.field name="due" label="Срок оценки" type="datetime-local" value=dueDefault prefix="a"/]
  <button type="submit">Назначить</button>
</form>
[#else]<p>Подходящих действующих экспертов нет.</p>[/#if]

<h3>Сводка экспертной оценки</h3>
[@review.aggregate aggregate/]

<h2>Решения по предложениям</h2>
[#list rows as r]
<div class="queue-item" id="d-${r.id()}">
  <p><strong>${r.author()}</strong> · ${r.track()} · ${r.section()} · ${r.stance()}</p>
  [#if r.marker()?has_content]<p class="contribution__placeholder">${r.marker()}</p>[/#if]
  <div>${r.html()?no_esc}</div>
  <form class="inline-form" method="post" action="/discussions/manage/${d.id}/contributions/${r.id()}/disposition">
    [@ui.csrf/]
    <div class="form-field"><label for="disp-${r.id()}">Решение</label>
      <select id="disp-${r.id()}" name="disposition">[#list dispositions as o]<option value="${o.id()}"[#if r.disposition() == o.id()] selected[/#if]>${o.label()}</option>[/#list]</select></div>
    <div class="form-field"><label for="reason-${r.id()}">Обоснование</label><input id="reason-${r.id()}" name="reason" type="text" value="${r.reason()}" required></div>
    <div class="form-field"><label for="link-${r.id()}">Ссылка на изменённый раздел</label><input id="link-${r.id()}" name="link" type="text" value="${r.link()}"></div>
    <button type="submit">Сохранить решение</button>
  </form>
</div>
[#else]<p>Предложений пока нет.</p>
[/#list]

<h2>Выгрузки</h2>
<ul>
  <li><a href="/discussions/manage/${d.id}/export/contributions.csv">Предложения, CSV</a></li>
  <li><a href="/discussions/manage/${d.id}/export/evaluations.csv">Экспертные оценки, CSV</a></li>
  <li><a href="/discussions/manage/${d.id}/export/results.xlsx">Предложения и оценки, XLSX</a></li>
  <li><a href="/discussions/${d.id}/results.pdf">Итоги, PDF</a></li>
</ul>
</div>
[/@ui.page]
