[#import "/discussions/templates/macros/ui.ftl" as ui]
[#macro reason id label]
<label for="${id}">${label}</label> <input id="${id}" name="reason" type="text" required>
[/#macro]
[@ui.page title=pageTitle]
<div class="discussion">
<h1 class="page-title">${pageTitle}</h1>
[#if done?has_content][@ui.notice "ok" "Готово."/][/#if]
[#if error?has_content][@ui.notice "error" error/][/#if]

<h2>Заявки и эксперты реестра</h2>
[#if experts?has_content]
[#list experts as e]
<div class="queue-item">
  <p><strong>${e.name()}</strong> (${e.login()}) — ${e.status()}</p>
  <p>${e.organisation()}, ${e.position()}; ${e.municipality()}</p>
  <p>Направления: ${e.areas()}. Квалификация: ${e.qualification()}</p>
  <div class="inline-form">
  [#if e.applicant()]
    <form method="post" action="/moderation/experts/${e.id()}/approve">[@ui.csrf/]<button type="submit">Включить в реестр</button></form>
    <form method="post" action="/moderation/experts/${e.id()}/decline">[@ui.csrf/][@reason "decline-" + e.id() "Причина отказа"/] <button type="submit" class="button--secondary">Отклонить заявку</button></form>
  [#elseif e.active()]
    <form method="post" action="/moderation/experts/${e.id()}/suspend">[@ui.csrf/][@reason "suspend-" + e.id() "Причина"/] <button type="submit" class="button--secondary">Приостановить</button></form>
  [#elseif e.suspended()]
    <form method="post" action="/moderation/experts/${e.id()}/reinstate">[@ui.csrf/]<button type="submit">Восстановить</button></form>
  [/#if]
  </div>
</div>
[/#list]
[#else]<p>Заявок нет.</p>[/#if]

<h2 id="pending">Сообщения на премодерации (${pendingPage.total})</h2>
[#if pendingPage.paged]
<p>Показаны ${pendingPage.first}–${pendingPage.last} из ${pendingPage.total}, сначала самые давние.</p>
[/#if]
[#list pending as c]
<div class="queue-item" id="q-${c.id()}">
  <p><strong>${c.author()}</strong> (${c.login()}), ${c.track()}, ${c.created()} — <a href="/discussions/${c.discussionId()}">${c.discussion()}</a></p>
  <div>${c.html()?no_esc}</div>
  <div class="inline-form">
    <form method="post" action="/moderation/contributions/${c.id()}/approve">[@ui.csrf/]<button type="submit">Опубликовать</button></form>
    <form method="post" action="/moderation/contributions/${c.id()}/reject">[@ui.csrf/][@reason "reject-" + c.id() "Причина отказа"/] <button type="submit" class="button--secondary">Отклонить</button></form>
  </div>
</div>
[#else]<p>Очередь пуста.</p>
[/#list]
[#if pendingPage.paged]
<nav class="pager" aria-label="Страницы очереди премодерации">
  <ul class="pager__list">
    [#if pendingPage.previous?has_content]<li><a class="pager__step" href="${pendingPage.previous}#pending" rel="prev">Предыдущая</a></li>[/#if]
    [#if pendingPage.next?has_content]<li><a class="pager__step" href="${pendingPage.next}#pending" rel="next">Следующая</a></li>[/#if]
  </ul>
  <p class="pager__status">Страница ${pendingPage.page} из ${pendingPage.pages}</p>
</nav>
[/#if]

<h2>Жалобы читателей (${reported?size})</h2>
[#list reported as c]
<div class="queue-item" id="q-${c.id()}">
  <p><strong>${c.author()}</strong> (${c.login()}), жалоб: ${c.reports()?c} — <a href="/discussions/${c.discussionId()}#c-${c.id()}">${c.discussion()}</a></p>
  <div>${c.html()?no_esc}</div>
  <div class="inline-form">
    <form method="post" action="/moderation/contributions/${c.id()}/keep">[@ui.csrf/]<button type="submit" class="button--secondary">Оставить</button></form>
    <form method="post" action="/moderation/contributions/${c.id()}/hide">[@ui.csrf/][@reason "hide-r-" + c.id() "Причина скрытия"/] <button type="submit">Скрыть</button></form>
  </div>
</div>
[#else]<p>Жалоб нет.</p>
[/#list]

<h2>Блокировка участников</h2>
<form class="inline-form" method="post" action="/moderation/users/block">
  [@ui.csrf/]
  <label for="block-login">Имя пользователя</label> <input id="block-login" name="login" type="text" required>
  [@reason "block-reason" "Причина"/]
  <button type="submit">Заблокировать</button>
</form>
[#if blocked?has_content]
<ul>
[#list blocked as b]
  <li>${b.login()} — ${b.reason()} <form class="inline-form" method="post" action="/moderation/users/unblock">[@ui.csrf/]<input type="hidden" name="login" value="${b.login()}"><button type="submit" class="button--secondary">Разблокировать</button></form></li>
[/#list]
</ul>
[/#if]
</div>
[/@ui.page]
