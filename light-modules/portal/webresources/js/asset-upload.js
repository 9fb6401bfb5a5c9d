/*
 * The assets app's upload form, enhanced: files dropped on the form are chosen as if picked, files
 * over the size limit are left out with a message before anything is sent, and the upload goes by
 * XMLHttpRequest so that a <progress> shows how much is sent. Without this script the form posts
 * as usual and the server checks the same things.
 */
(function () {
  'use strict';

  var form = document.querySelector('form.asset-upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var input = form.querySelector('input[type="file"]');
  var zone = form.querySelector('.drop-zone');
  var progressBox = form.querySelector('.upload-progress');
  var progress = form.querySelector('progress');
  var status = form.querySelector('.upload-status');
  var button = form.querySelector('button[type="submit"]');

  function say(text) {
    status.textContent = text;
  }

  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',') + ' МБ';
  }

  function chosen() {
    var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
    say(names.length ? 'Выбрано файлов: ' + names.length + ' (' + names.join(', ') + ').' : '');
  }

  input.addEventListener('change', chosen);

  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('drop-zone--over');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () {
      zone.classList.remove('drop-zone--over');
    });
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      chosen();
    }
  });

  /** The error page's own words: its alert, else its heading. */
  function problemOf(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var box = page.querySelector('[role="alert"]') || page.querySelector('h1');
    return box ? box.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData();
    var skipped = [];
    var maxBytes = Number(form.getAttribute('data-max-bytes')) || Infinity;
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.type !== 'file' && field.type !== 'submit') {
        data.append(field.name, field.value);
      }
    });
    Array.prototype.forEach.call(input.files, function (file) {
      if (file.size > maxBytes) {
        skipped.push(file.name + ' (' + megabytes(file.size) + ')');
      } else {
        data.append(input.name, file, file.name);
      }
    });
    var tooLarge = skipped.length ? 'Слишком большие файлы не отправлены: ' + skipped.join(', ') + '. ' : '';
    if (!data.has(input.name)) {
      say(tooLarge || 'Выберите один или несколько файлов.');
      return;
    }
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var percent = Math.floor(e.loaded * 100 / e.total);
        progress.value = percent;
        say(tooLarge + 'Отправлено ' + percent + ' %.');
      }
    });
    request.addEventListener('load', function () {
      if (request.status >= 200 && request.status < 300 && request.responseURL) {
        if (!skipped.length) {
          window.location.assign(request.responseURL);
          return;
        }
        // stay, so the note on the files left out is read; the report is one link away
        progressBox.hidden = true;
        say(tooLarge + 'Остальные отправлены. ');
        var link = document.createElement('a');
        link.href = request.responseURL;
        link.textContent = 'Итоги загрузки';
        status.appendChild(link);
        return;
      }
      button.disabled = false;
      progressBox.hidden = true;
      say(tooLarge + (problemOf(request.responseText) || 'Файлы не загружены (ошибка ' + request.status + ').'));
    });
    request.addEventListener('error', function () {
      button.disabled = false;
      progressBox.hidden = true;
      say(tooLarge + 'Файлы не отправлены: нет связи с сервером. Попробуйте ещё раз.');
    });
    button.disabled = true;
    progress.value = 0;
    progressBox.hidden = false;
    say(tooLarge + 'Отправка…');
    request.send(data);
  });
}());
