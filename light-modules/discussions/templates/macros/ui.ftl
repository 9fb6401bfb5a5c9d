[#--
  The discussions module's page frame and form parts. Pages: [@ui.page title=pageTitle]...[/@ui.page]
--]
[#import "/portal/templates/macros/layout.ftl" as layout]

[#macro page title]
[@layout.page title=title styles=[cmsfn.resource('discussions', 'css/discussions.css')]]
[#nested]
[/@layout.page]
[/#macro]

[#-- The hidden CSRF field every form posts. --]
[#-- (the token is the page's "csrf" value; inside this library that name is the macro, hence .data_model) --]
[#macro csrf]
[#if .data_model.csrf??]<input type="hidden" name="${.data_model.csrf.name}" value="${.data_model.csrf.token}">[/#if]
[/#macro]

[#-- An error message for a field, tied to it by id. --]
[#macro error errors name prefix="f"]
[#if (errors[name])?has_content]<p class="form-field__error" id="${prefix}-${name}-error">${errors[name]}</p>[/#if]
[/#macro]

[#macro described errors name prefix="f"][#if (errors[name])?has_content] aria-invalid="true" aria-describedby="${prefix}-${name}-error"[/#if][/#macro]

[#-- A labelled text input keeping what was typed. --]
[#macro field name label value="" type="text" errors={} required=false prefix="f" hint=""]
<div class="form-field[#if (errors[name])?has_content] form-field--invalid[/#if]">
  <label for="${prefix}-${name}">${label}[#if required] <span aria-hidden="true">*</span>[/#if]</label>
  [#if hint?has_content]<p class="form-field__hint">${hint}</p>[/#if]
  <input id="${prefix}-${name}" name="${name}" type="${type}" value="${value}"[#if required] required[/#if][@described errors name prefix/]>
  [@error errors name prefix/]
</div>
[/#macro]

[#-- Stance radio buttons in a fieldset. --]
[#macro stance selected="" errors={} prefix="f"]
<fieldset class="form-field form-field--inline[#if (errors.stance)?has_content] form-field--invalid[/#if]">
  <legend>Ваша позиция</legend>
  [#list [['for', 'За'], ['neutral', 'Нейтрально'], ['against', 'Против']] as s]
  <label><input type="radio" name="stance" value="${s[0]}"[#if selected == s[0]] checked[/#if]> ${s[1]}</label>
  [/#list]
  [@error errors "stance" prefix/]
</fieldset>
[/#macro]

[#macro notice kind text]
<p class="notice notice--${kind}" role="${(kind == 'error')?then('alert', 'status')}">${text}</p>
[/#macro]
