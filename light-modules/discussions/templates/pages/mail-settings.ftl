[#import "/portal/templates/macros/layout.ftl" as layout]
[#--
  How a signed-in person wants their notifications. The controller passes: modes (value, id, label, hint,
  checked), saved + savedLabel (after a change), error (a Russian message or empty), email, mailOn.
  Defaults let the page render without them too (the render test of every template does that).
--]
[#-- ASSIGNMENTS --]
[#assign pageTitle = pageTitle!"Уведомления"]
[#assign modes = modes![]]
[#assign saved = saved!false]
[#assign savedLabel = savedLabel!""]
[#assign error = error!""]
[#assign email = email!""]
[#assign mailOn = mailOn!true]
[#-- RENDERING --]
[@layout.page title=pageTitle]
<div class="mail-settings">
  <h1 class="page-title">${pageTitle}</h1>
  [#if saved]
  <p class="notice" role="status">Настройки сохранены: ${savedLabel?lower_case}.</p>
  [/#if]
  [#if error?has_content]
  <p class="notice notice--error" role="alert" id="mail-mode-error">${error}</p>
  [/#if]
  [#if !mailOn]
  <p class="notice">Сейчас портал не рассылает письма. Ваш выбор сохранится и начнёт действовать, когда рассылку включат.</p>
  [/#if]
  [#if email?has_content]
  <p>Письма приходят на адрес <strong>${email}</strong>.</p>
  [#else]
  <p>В вашей учётной записи не указан адрес электронной почты, поэтому письма не приходят.</p>
  [/#if]
  <form method="post" action="/mail/settings">
    [#if csrf??]<input type="hidden" name="${csrf.name}" value="${csrf.token}">[/#if]
    <fieldset class="form-field"[#if error?has_content] aria-describedby="mail-mode-error"[/#if]>
      <legend>Как присылать уведомления о заявках, ответах, экспертизе и итогах обсуждений</legend>
      [#list modes as mode]
      <div class="form-field__choice">
        <input type="radio" name="mode" id="${mode.id}" value="${mode.value}" aria-describedby="${mode.id}-hint"[#if mode.checked] checked[/#if]>
        <label for="${mode.id}">${mode.label}</label>
        <p class="form-field__hint" id="${mode.id}-hint">${mode.hint}</p>
      </div>
      [/#list]
    </fieldset>
    <p><button type="submit" class="button">Сохранить</button></p>
  </form>
</div>
[/@layout.page]
