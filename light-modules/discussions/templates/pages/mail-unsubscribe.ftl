[#import "/portal/templates/macros/layout.ftl" as layout]
[#--
  Unsubscribing from the link in a mail, without signing in. The controller passes state: "confirm"
  (a valid link, mail still on: ask), "done" (mail is off) or "invalid" (answered with 400); and login,
  token for the confirm form. Defaults let the page render without them too (the render test of every
  template does that).
--]
[#-- ASSIGNMENTS --]
[#assign pageTitle = pageTitle!"Отписка от уведомлений"]
[#assign state = state!"invalid"]
[#assign login = login!""]
[#assign token = token!""]
[#-- RENDERING --]
[@layout.page title=pageTitle]
<div class="mail-unsubscribe">
  <h1 class="page-title">${pageTitle}</h1>
  [#if state == "confirm"]
  <p>Вы перестанете получать письма портала: о заявках, ответах на ваши предложения, экспертизе и итогах обсуждений.</p>
  <form method="post" action="/mail/unsubscribe">
    [#if csrf??]<input type="hidden" name="${csrf.name}" value="${csrf.token}">[/#if]
    <input type="hidden" name="u" value="${login}">
    <input type="hidden" name="t" value="${token}">
    <p><button type="submit" class="button">Отписаться от уведомлений</button></p>
  </form>
  <p>Если вы хотите получать письма реже, выберите дайджест раз в день в <a href="/mail/settings">настройках уведомлений</a>.</p>
  [#elseif state == "done"]
  <p role="status">Письма больше не будут приходить. Уведомления по-прежнему видны на страницах портала.</p>
  <p>Снова включить письма можно в <a href="/mail/settings">настройках уведомлений</a> после входа на портал.</p>
  [#else]
  <p role="alert">Ссылка для отписки повреждена или устарела. Скопируйте её из письма целиком или войдите на портал и отключите письма в <a href="/mail/settings">настройках уведомлений</a>.</p>
  [/#if]
  <p><a href="/">На главную</a></p>
</div>
[/@layout.page]
