[#import "/discussions/templates/macros/ui.ftl" as ui]
[@ui.page title=pageTitle]
<div class="discussion">
<h1 class="page-title">${pageTitle}</h1>
<p>Обсуждение: <a href="/discussions/${discussionId}">${discussionTitle}</a></p>
[#if errors?has_content][@ui.notice "error" "Изменения не сохранены: исправьте отмеченное ниже."/][/#if]
<form method="post" action="/discussions/${discussionId}/contributions/${contributionId}/edit" novalidate>
  [@ui.csrf/]
  [@ui.stance selected=stance errors=errors/]
  <div class="form-field[#if (errors.text)?has_content] form-field--invalid[/#if]">
    <label for="f-text">Текст</label>
    <textarea id="f-text" name="text" required[@ui.described errors "text"/]>${text}</textarea>
    [@ui.error errors "text"/]
  </div>
  <button type="submit">Сохранить</button>
  <a href="/discussions/${discussionId}#c-${contributionId}">Отмена</a>
</form>
</div>
[/@ui.page]
