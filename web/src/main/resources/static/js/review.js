/*
 * Keyboard-first review. Every form works without this script (it posts and the server redirects);
 * with it, the queue moves with j/k, and on the document page Enter accepts a field or saves its
 * correction in place (re-validated at once); Enter on an unchanged flagged field confirms it and
 * moves on to the next flagged field still to confirm; a reading chosen among the alternatives
 * fills the field, Alt+A / Ctrl+Enter approves and Alt+R rejects.
 */
(function () {
  'use strict';

  var lang = document.documentElement.lang === 'en' ? 'en' : 'ja';

  function typing(el) {
    return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
  }

  /* A probability as the server writes it (Doubts.percent): one decimal, 0.623 is "62.3%". */
  function percent(p) {
    return (Math.round(p * 1000) / 10).toFixed(1) + '%';
  }

  function fill(pattern, args) {
    return (pattern || '').replace(/\{(\d)\}/g, function (m, i) { return args[Number(i)]; });
  }

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'};
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  /* The queue: j / ArrowDown next, k / ArrowUp previous, Enter opens (the rows are links). */
  function queue(table) {
    var links = Array.prototype.slice.call(table.querySelectorAll('a.open'));
    if (!links.length) {
      return;
    }
    links.forEach(function (link) {
      link.addEventListener('focus', function () {
        links.forEach(function (other) { other.closest('tr').classList.toggle('current', other === link); });
      });
    });
    document.addEventListener('keydown', function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) {
        return;
      }
      var at = links.indexOf(document.activeElement);
      var next = -1;
      if (e.key === 'j' || e.key === 'ArrowDown') {
        next = at < 0 ? 0 : Math.min(at + 1, links.length - 1);
      } else if (e.key === 'k' || e.key === 'ArrowUp') {
        next = at < 0 ? 0 : Math.max(at - 1, 0);
      }
      if (next >= 0) {
        e.preventDefault();
        links[next].focus();
      }
    });
    links[0].focus();
  }

  /* The document page. */
  function documentPage(main) {
    var inputs = Array.prototype.slice.call(document.querySelectorAll('#field-list input[name="value"]'));
    var approveForm = document.getElementById('approve-form');
    var reject = document.getElementById('reject');
    var status = document.getElementById('status');
    var summary = document.getElementById('field-summary');
    var toConfirm = document.getElementById('unconfirmed-count');

    function say(text, error) {
      status.textContent = '';
      var p = document.createElement('p');
      p.className = 'notice notice-' + (error ? 'error' : 'ok');
      p.id = 'notice';
      if (error) {
        p.setAttribute('role', 'alert');
      }
      p.textContent = text;
      status.appendChild(p);
    }

    function zones(inputId) {
      return Array.prototype.slice.call(document.querySelectorAll('rect.zone[data-input="' + inputId + '"]'));
    }

    function mark(el, prefix, state) {
      el.classList.remove(prefix + 'invalid', prefix + 'review', prefix + 'ok');
      el.classList.add(prefix + state);
    }

    /* The answer of a correction: every field again, since a cross-field rule may have changed another one. */
    function show(data) {
      var invalid = 0;
      var toCheck = 0;
      data.fields.forEach(function (f) {
        var state = f.problems.some(function (p) { return p.severity === 'INVALID'; }) ? 'invalid'
          : (f.problems.length ? 'review' : 'ok');
        if (state === 'invalid') { invalid++; } else if (state === 'review') { toCheck++; }
        var row = document.querySelector('.field[data-field="' + CSS.escape(f.name) + '"]');
        if (!row) {
          return;
        }
        mark(row, 'field-', state);
        zones(row.dataset.input).forEach(function (z) { mark(z, 'zone-', state); });
        var list = row.querySelector('.problems');
        // Redrawn only when they changed: the page may show a shorter text than the answer's
        // (a LOW_CONFIDENCE problem without the reasons listed under it).
        var before = Array.prototype.map.call(list.children, function (li) { return li.dataset.code + ' ' + li.dataset.full; });
        var after = f.problems.map(function (p) { return p.code + ' ' + p[lang]; });
        if (before.join('\n') !== after.join('\n')) {
          list.textContent = '';
          f.problems.forEach(function (p) {
            var li = document.createElement('li');
            li.className = 'problem problem-' + p.severity.toLowerCase();
            li.dataset.code = p.code;
            li.dataset.full = p[lang];
            li.textContent = p[lang];
            list.appendChild(li);
          });
        }
        var shown = row.querySelector('.shown');
        if (shown.textContent !== f.value) {
          shown.textContent = f.value;   // a new value: the old reading's marks no longer apply
        }
        var confidence = row.querySelector('.confidence');
        confidence.textContent = confidence.textContent.replace(/[\d.]+%$/, percent(f.confidence));
        var doubt = row.querySelector('.doubt');
        if (doubt && (!f.doubt || state === 'ok')) {
          doubt.remove();   // typed by a person, or no longer in doubt: nothing left to explain
        }
        if (data.unconfirmed && row.dataset.confirm !== undefined) {
          // Only a flag that is no error is confirmed; an error must be corrected.
          var hidden = row.dataset.confirm === 'reveal';   // a hidden My Number stays so until revealed
          row.dataset.confirm = state !== 'review' ? ''
            : (data.unconfirmed.indexOf(f.name) < 0 ? 'done' : (hidden ? 'reveal' : 'todo'));
        }
      });
      countToConfirm();
      summary.textContent = fill(summary.dataset.pattern, [invalid, toCheck]);
      say(fill(main.dataset.revalidated, [invalid, toCheck]), false);
    }

    function countToConfirm() {
      if (toConfirm) {
        toConfirm.textContent = fill(toConfirm.dataset.pattern,
          [document.querySelectorAll('.field[data-confirm="todo"], .field[data-confirm="reveal"]').length]);
      }
    }

    function rowOf(input) {
      return input.closest('.field');
    }

    /* A POST of the page's script: the answer's JSON to show, or a refusal said, or the form posted without us. */
    function post(form, body, then) {
      return fetch(form.action, {
        method: 'POST', credentials: 'same-origin', headers: csrfHeaders(), body: body
      }).then(function (res) {
        var json = (res.headers.get('Content-Type') || '').indexOf('json') >= 0;
        if (res.ok && json) {
          return res.json().then(function (data) {
            then(data);
            show(data);
            return true;
          });
        }
        if (json) {
          return res.json().then(function (refusal) {
            say(refusal[lang] || refusal.message || main.dataset.failed, true);
            return false;
          });
        }
        // Not an answer from the review service (signed out, page expired): let the server handle the post.
        form.submit();
        return false;
      }, function () {
        say(main.dataset.failed, true);
        return false;
      });
    }

    /* Confirms a flagged field as it is (the 確認 button, or Enter on the unchanged field). */
    function confirmField(input) {
      var form = rowOf(input).querySelector('form.confirm');
      return post(form, '', function () { /* the answer's unconfirmed list marks the row */ });
    }

    /* The next flagged field still to confirm after this one (wrapping round), else the approve button. */
    function nextToConfirm(input) {
      var i = inputs.indexOf(input);
      for (var k = 1; k <= inputs.length; k++) {
        var candidate = inputs[(i + k) % inputs.length];
        if (rowOf(candidate).dataset.confirm === 'todo') {
          candidate.focus();
          return;
        }
      }
      var approve = document.getElementById('approve');
      if (approve) {
        approve.focus();
      } else {
        next(input);
      }
    }

    /* Saves a changed field; true when there was nothing to save or it was saved. */
    function save(input) {
      if (input.readOnly || input.value === (input.dataset.original || '')) {
        return Promise.resolve(true);
      }
      return post(input.form, new URLSearchParams({value: input.value}).toString(), function () {
        input.dataset.original = input.value;
      });
    }

    function next(input) {
      var i = inputs.indexOf(input);
      if (i + 1 < inputs.length) {
        inputs[i + 1].focus();
      } else if (document.getElementById('approve')) {
        document.getElementById('approve').focus();
      }
    }

    /* Another reading of a field, chosen with Tab and Enter (or a click): into the box, ready to save with Enter. */
    document.querySelectorAll('#field-list button.choice').forEach(function (choice) {
      choice.addEventListener('click', function () {
        var input = document.getElementById(choice.dataset.input);
        input.value = choice.dataset.value;
        input.focus();
      });
    });

    inputs.forEach(function (input) {
      input.addEventListener('focus', function () {
        input.select();
        document.querySelectorAll('.field.current, rect.zone.current').forEach(function (el) {
          el.classList.remove('current');
        });
        input.closest('.field').classList.add('current');
        zones(input.id).forEach(function (z) {
          z.classList.add('current');
          z.scrollIntoView({block: 'nearest'});
        });
      });
      input.form.addEventListener('submit', function (e) {
        e.preventDefault();
        var unchanged = input.readOnly || input.value === (input.dataset.original || '');
        if (unchanged && rowOf(input).dataset.confirm === 'todo') {
          confirmField(input).then(function (confirmed) {
            if (confirmed) {
              nextToConfirm(input);
            }
          });
          return;
        }
        save(input).then(function (saved) {
          if (saved) {
            next(input);
          }
        });
      });
      var confirmForm = rowOf(input).querySelector('form.confirm');
      if (confirmForm) {
        confirmForm.addEventListener('submit', function (e) {
          e.preventDefault();
          confirmField(input).then(function (confirmed) {
            if (confirmed) {
              nextToConfirm(input);
            }
          });
        });
      }
    });
    countToConfirm();

    document.addEventListener('keydown', function (e) {
      var inReason = e.target && e.target.id === 'reason';
      if (approveForm && ((e.altKey && e.code === 'KeyA') || (e.ctrlKey && e.key === 'Enter' && !inReason))) {
        e.preventDefault();
        var current = inputs.indexOf(document.activeElement) >= 0 ? document.activeElement : null;
        (current ? save(current) : Promise.resolve(true)).then(function (saved) {
          if (saved) {
            approveForm.submit();
          }
        });
      } else if (reject && e.altKey && e.code === 'KeyR') {
        e.preventDefault();
        reject.open = true;
        document.getElementById('reason').focus();
      } else if (reject && inReason && e.ctrlKey && e.key === 'Enter') {
        e.preventDefault();
        document.getElementById('reject-form').requestSubmit();
      } else if (reject && reject.open && e.key === 'Escape' && reject.contains(e.target)) {
        reject.open = false;
        (inputs[0] || document.getElementById('main')).focus();
      }
    }, true);

    // After a correction posted without the script, the server sends us back to the field (#f-name).
    var target = location.hash ? document.getElementById(location.hash.substring(1)) : null;
    var first = inputs.indexOf(target) >= 0 ? target : inputs[0];
    if (first) {
      first.focus();
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var table = document.getElementById('queue');
    if (table) {
      queue(table);
    }
    var main = document.querySelector('main.document-page');
    if (main) {
      documentPage(main);
    }
  });
})();
