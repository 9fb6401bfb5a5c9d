[#import "/discussions/templates/macros/ui.ftl" as ui]
[@ui.page title=pageTitle]
<div class="discussion">
<h1 class="page-title">${pageTitle}</h1>
<p>Региональный реестр объединяет экспертов в сфере оценки качества образования Челябинской области. Заявку рассматривает модератор; о решении вы получите письмо.</p>
[#if sent][@ui.notice "ok" "Заявка отправлена. Модератор рассмотрит её и сообщит о решении."/][/#if]
[#if !signedIn]
  <p class="notice">Заявку подаёт зарегистрированный пользователь портала: <a href="/login">войдите</a> или <a href="/register">зарегистрируйтесь</a>, затем вернитесь на эту страницу.</p>
[#elseif existing?has_content && !existing.reapply]
  <p class="notice">Ваш статус в реестре: <strong>${existing.status}</strong>.</p>
[#else]
  [#if existing?has_content]<p class="notice">Предыдущая заявка: ${existing.status}[#if existing.reason?has_content] — ${existing.reason}[/#if]. Можно подать новую.</p>[/#if]
  [#if errors?has_content][@ui.notice "error" "Заявка не отправлена: исправьте отмеченное ниже."/][/#if]
  <form method="post" action="/experts/apply" novalidate>
    [@ui.csrf/]
    [@ui.field name="organisation" label="Организация" value=form.organisation() errors=errors required=true/]
    [@ui.field name="position" label="Должность" value=form.position() errors=errors required=true/]
    <div class="form-field[#if (errors.municipality)?has_content] form-field--invalid[/#if]">
      <label for="f-municipality">Муниципалитет <span aria-hidden="true">*</span></label>
      <select id="f-municipality" name="municipality" required[@ui.described errors "municipality"/]>
        <option value="">Выберите</option>
        [#list municipalities as m]<option value="${m.value()}"[#if form.municipality() == m.value()] selected[/#if]>${m.title()}</option>[/#list]
      </select>
      [@ui.error errors "municipality"/]
    </div>
    <fieldset class="form-field[#if (errors.areas)?has_content] form-field--invalid[/#if]">
      <legend>Направления экспертизы (механизмы управления качеством) <span aria-hidden="true">*</span></legend>
      [#list areas as a]<label><input type="checkbox" name="areas" value="${a.value()}"[#if selectedAreas?seq_contains(a.value())] checked[/#if]> ${a.title()}</label>[/#list]
      [@ui.error errors "areas"/]
    </fieldset>
    [@ui.field name="qualification" label="Квалификация (программа подготовки)" value=form.qualification() errors=errors/]
    [@ui.field name="qualificationYear" label="Год окончания программы" value=form.qualificationYear() errors=errors/]
    <div class="form-field">
      <label><input type="checkbox" name="showContacts" value="true"[#if form.showContacts()] checked[/#if]> Показывать мой адрес электронной почты в открытом реестре</label>
    </div>
    <button type="submit">Подать заявку</button>
  </form>
[/#if]
</div>
[/@ui.page]
