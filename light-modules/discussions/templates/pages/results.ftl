[#import "/discussions/templates/macros/ui.ftl" as ui]
[#import "/discussions/templates/macros/review.ftl" as review]
[@ui.page title=pageTitle]
<div class="discussion">
<h1 class="page-title">${pageTitle}</h1>
[#if preview][@ui.notice "error" "Предпросмотр: итоги ещё не опубликованы."/][/#if]
<p>Документ: <a href="${documentLink}">${documentTitle}</a>. Период обсуждения: ${period}.</p>
<p><a href="/discussions/${s.discussionId()}/results.pdf">Итоги в PDF</a> · <a href="/discussions/${s.discussionId()}">Страница обсуждения</a></p>

<h2>Участники</h2>
<p>Всего участников: <strong>${s.participants()?c}</strong>.</p>
<table class="data-table">
  <caption>Участники по частям обсуждения</caption>
  <thead><tr><th scope="col">Часть</th><th scope="col">Участников</th></tr></thead>
  <tbody>[#list s.byTrack() as c]<tr><td>${c.label()}</td><td>${c.count()?c}</td></tr>[/#list]</tbody>
</table>
<table class="data-table">
  <caption>Участники по муниципалитетам (малые группы объединены)</caption>
  <thead><tr><th scope="col">Муниципалитет</th><th scope="col">Участников</th></tr></thead>
  <tbody>[#list s.byMunicipality() as c]<tr><td>${c.label()}</td><td>${c.count()?c}</td></tr>[/#list]</tbody>
</table>

<h2>Позиции</h2>
<table class="data-table">
  <caption>Позиции в опубликованных сообщениях</caption>
  <thead><tr><th scope="col">Позиция</th><th scope="col">Сообщений</th></tr></thead>
  <tbody>[#list s.stances() as c]<tr><td>${c.label()}</td><td>${c.count()?c}</td></tr>[/#list]</tbody>
</table>
<p>Скрыто или отклонено модераторами: ${s.moderatedAway()?c}; отозвано авторами: ${s.withdrawn()?c}.</p>

<h2>Решения по предложениям</h2>
<div class="responsive-table">
<table class="data-table">
  <caption>Таблица решений</caption>
  <thead><tr><th scope="col">Автор</th><th scope="col">Часть</th><th scope="col">Раздел</th><th scope="col">Позиция</th><th scope="col">Предложение</th><th scope="col">Решение</th><th scope="col">Обоснование</th></tr></thead>
  <tbody>
  [#list s.rows() as r]
    <tr><td>${r.authorName()}</td><td>${r.track()}</td><td>${r.section()}</td><td>${r.stance()}</td>
      <td>[#if r.shown()]${r.text()}[#else]<em>${r.text()}</em>[/#if]</td><td>${r.disposition()}</td>
      <td>${r.reason()}[#if r.link()?has_content] <a href="${r.link()}">изменённый раздел</a>[/#if]</td></tr>
  [/#list]
  </tbody>
</table>
</div>

<h2>Экспертная оценка</h2>
[@review.aggregate s.review()/]
</div>
[/@ui.page]
