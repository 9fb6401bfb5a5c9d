[#import "/discussions/templates/macros/ui.ftl" as ui]
[@ui.page title=pageTitle]
<div class="discussion">
<h1 class="page-title">${pageTitle}: ${discussionTitle}</h1>
<p><a href="/discussions/${discussionId}">Страница обсуждения</a>. Срок экспертизы: ${reviewDue}.</p>
[#if done == "submitted"][@ui.notice "ok" "Оценка сохранена. До окончания срока её можно изменить."/][/#if]
[#if done == "conflict"][@ui.notice "ok" "Конфликт интересов заявлен: вы отведены от экспертизы этого документа."/][/#if]
[#if (errors.form)?has_content][@ui.notice "error" errors.form/][/#if]
[#if !assigned]
  <p class="notice">Вы не назначены экспертом этого обсуждения.</p>
[#elseif recused]
  <p class="notice">Вы заявили конфликт интересов и отведены от экспертизы.</p>
[#elseif closed]
  <p class="notice">Срок экспертизы истёк; оценки больше не принимаются.</p>
[#else]
  [#if errors?has_content && !(errors.form)?has_content][@ui.notice "error" "Оценка не сохранена: исправьте отмеченное ниже."/][/#if]
  <form method="post" action="/discussions/${discussionId}/review" novalidate>
    [@ui.csrf/]
    [#list form.criteria() as c]
    <fieldset class="form-field[#if (errors['score-' + c.id()])?has_content] form-field--invalid[/#if]">
      <legend>${c.title()}</legend>
      <p class="form-field__hint">${c.description()}</p>
      [#list c.levels() as l]
      <label><input type="radio" name="score-${c.id()}" value="${l.score()?c}"[#if (typed['score-' + c.id()]!'') == l.score()?c] checked[/#if]> ${l.score()?c} — ${l.label()}</label>
      [/#list]
      [@ui.error errors "score-" + c.id()/]
      <label for="f-rationale-${c.id()}">Обоснование</label>
      <textarea id="f-rationale-${c.id()}" name="rationale-${c.id()}" required[@ui.described errors "rationale-" + c.id()/]>${typed['rationale-' + c.id()]!''}</textarea>
      [@ui.error errors "rationale-" + c.id()/]
    </fieldset>
    [/#list]
    <fieldset class="form-field[#if (errors.verdict)?has_content] form-field--invalid[/#if]">
      <legend>Заключение</legend>
      [#list verdicts as v]<label><input type="radio" name="verdict" value="${v.id()}"[#if (typed.verdict!'') == v.id()] checked[/#if]> ${v.label()}</label>[/#list]
      [@ui.error errors "verdict"/]
    </fieldset>
    <div class="form-field">
      <label for="f-comment">Общий комментарий</label>
      <textarea id="f-comment" name="comment"[@ui.described errors "comment"/]>${typed.comment!''}</textarea>
      [@ui.error errors "comment"/]
    </div>
    <button type="submit">Отправить оценку</button>
  </form>
  <h2>Конфликт интересов</h2>
  <form method="post" action="/discussions/${discussionId}/review/conflict" novalidate>
    [@ui.csrf/]
    <div class="form-field[#if (errors.note)?has_content] form-field--invalid[/#if]">
      <label for="f-note">Если вы связаны с разработчиками документа или иначе заинтересованы в результате, опишите это — вы будете отведены</label>
      <textarea id="f-note" name="note"[@ui.described errors "note"/]></textarea>
      [@ui.error errors "note"/]
    </div>
    <button type="submit" class="button--secondary">Заявить конфликт интересов</button>
  </form>
[/#if]
<h2>Оценки других экспертов</h2>
[#if showOthers]
  [#list others as o]
  <div class="queue-item"><p><strong>${o.expert()}</strong>: ${o.verdict()}</p><ul>[#list o.scores() as s]<li>${s}</li>[/#list]</ul>[#if o.comment()?has_content]<p>${o.comment()}</p>[/#if]</div>
  [#else]<p>Других оценок нет.</p>
  [/#list]
[#else]
  <p>Оценки других экспертов откроются после срока экспертизы (${reviewDue}).</p>
[/#if]
</div>
[/@ui.page]
