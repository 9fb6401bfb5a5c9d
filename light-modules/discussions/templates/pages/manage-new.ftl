[#import "/discussions/templates/macros/ui.ftl" as ui]
[@ui.page title=pageTitle]
<div class="discussion">
<h1 class="page-title">${pageTitle}</h1>
<p>Документ: <strong>${documentTitle}</strong></p>
[#if errors?has_content][@ui.notice "error" "Обсуждение не открыто: исправьте отмеченное ниже."/][/#if]
<form method="post" action="/discussions/manage" novalidate>
  [@ui.csrf/]
  <input type="hidden" name="document" value="${form.document()}">
  [@ui.field name="title" label="Название обсуждения" value=form.title() errors=errors required=true/]
  [@ui.field name="opens" label="Начало" type="datetime-local" value=form.opens() errors=errors required=true/]
  [@ui.field name="closes" label="Окончание" type="datetime-local" value=form.closes() errors=errors required=true/]
  <fieldset class="form-field[#if (errors.tracks)?has_content] form-field--invalid[/#if]">
    <legend>Части обсуждения</legend>
    <label><input type="checkbox" name="tracks" value="public"[#if form.tracks()?seq_contains('public')] checked[/#if]> Общественное обсуждение — любой зарегистрированный участник</label>
    <label><input type="checkbox" name="tracks" value="expert"[#if form.tracks()?seq_contains('expert')] checked[/#if]> Экспертное обсуждение — только действующие эксперты реестра</label>
    [@ui.error errors "tracks"/]
  </fieldset>
  [@ui.field name="reviewDue" label="Срок экспертной оценки" type="datetime-local" value=form.reviewDue() errors=errors hint="До этого срока эксперт видит только свою оценку"/]
  <fieldset class="form-field">
    <legend>Разделы для замечаний (необязательно)</legend>
    [#list blocks as b]
    <label><input type="checkbox" name="sections" value="${b?index}"[#if form.sections()?seq_contains(b?index?c)] checked[/#if]> [#if b.heading()?has_content]<strong>${b.text()}</strong>[#else]${(b.text()?length > 160)?then(b.text()?substring(0, 160) + '…', b.text())}[/#if]</label>
    [/#list]
  </fieldset>
  <button type="submit">Открыть обсуждение</button>
</form>
</div>
[/@ui.page]
