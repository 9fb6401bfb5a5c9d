[#assign headingId = "schedule-" + content['@name']]
<section class="data-table schedule" aria-labelledby="${headingId}">
  <h2 id="${headingId}">${content.heading!i18n['schedule.heading']}</h2>
  [#if model.rows?has_content]
  <table class="responsive-table">
    [#if model.caption?has_content]<caption>${model.caption}</caption>[/#if]
    <thead>
      <tr>
        <th scope="col">${i18n['schedule.date']}</th>
        <th scope="col">${i18n['schedule.topic']}</th>
        <th scope="col">${i18n['schedule.mechanisms']}</th>
        <th scope="col">${i18n['schedule.runBy']}</th>
      </tr>
    </thead>
    <tbody>
    [#list model.rows as row]
      <tr>
        <td data-label="${i18n['schedule.date']}">[#if row.date?has_content]<time datetime="${row.date}">${row.dateText}</time>[/#if][#if row.dateEndText?has_content] — ${row.dateEndText}[/#if]</td>
        <td data-label="${i18n['schedule.topic']}"><a href="${row.link}">${row.title}</a></td>
        <td data-label="${i18n['schedule.mechanisms']}">[#list row.mechanisms as m]<a href="${m.link}" title="${m.title}" aria-label="${m.code}. ${m.title}">${m.code}</a>[#sep], [/#list]</td>
        <td data-label="${i18n['schedule.runBy']}">${row.runBy}</td>
      </tr>
    [/#list]
    </tbody>
  </table>
  [#else]
  <p class="item-list__empty">${i18n['itemList.empty']}</p>
  [/#if]
</section>
