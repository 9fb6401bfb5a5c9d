[#import "/discussions/templates/macros/ui.ftl" as ui]
[@ui.page title=pageTitle]
<div class="discussion">
<h1 class="page-title">${pageTitle}</h1>
[#if error??][@ui.notice "error" error/][/#if]
<h2>Открыть обсуждение документа</h2>
<form class="inline-form" method="get" action="/discussions/manage/new">
  <div class="form-field">
    <label for="f-document">Опубликованный документ</label>
    <select id="f-document" name="document" required>
      [#list documents as doc]<option value="${doc.value()}">${doc.title()}</option>[/#list]
    </select>
  </div>
  <button type="submit">Далее</button>
</form>
<h2>Обсуждения</h2>
[#if rows?has_content]
<ul class="item-list__items">
[#list rows as row]
  <li class="item-list__item"><a class="item-list__link" href="/discussions/manage/${row.id()}">${row.title()}</a>
    <p class="item-list__meta"><span>${row.phase()}</span> <span>${row.period()}</span> <a href="/discussions/${row.id()}">Страница обсуждения</a></p></li>
[/#list]
</ul>
[#else]<p>Обсуждений пока нет.</p>[/#if]
</div>
[/@ui.page]
