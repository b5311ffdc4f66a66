#!/usr/bin/env python3
"""An editor for the benchmark: logs into the admin, then saves one article through the real
editor form (with its CSRF token) once a second, and after each save measures how long the
change takes to show on the public article page of every node given.

usage: editor.py BASE_URL ARTICLE_PATH SECONDS [PUBLIC_BASE_URL ...]
The password comes from DASTAN_ADMIN_PASSWORD. Prints one summary line:
EDITOR saves=N failed=N visible_max_ms=N visible_avg_ms=N
"""
import html.parser
import http.cookiejar
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


class FormFields(html.parser.HTMLParser):
    """Collects the fields of the first form whose class list holds the given class."""

    def __init__(self, form_class):
        super().__init__()
        self.form_class = form_class
        self.inside = False
        self.done = False
        self.fields = []
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form' and not self.done and self.form_class in (a.get('class') or '').split():
            self.inside = True
        if not self.inside:
            return
        if tag == 'input' and a.get('name') and a.get('type') not in ('submit', 'button', 'file'):
            if a.get('type') in ('checkbox', 'radio') and 'checked' not in a:
                return
            self.fields.append([a['name'], a.get('value') or ''])
        elif tag == 'textarea' and a.get('name'):
            self.textarea = [a['name'], '']
            self.fields.append(self.textarea)
        elif tag == 'select' and a.get('name'):
            self.select = a['name']
        elif tag == 'option' and self.select and 'selected' in a:
            self.fields.append([self.select, a.get('value') or ''])

    def handle_endtag(self, tag):
        if tag == 'form' and self.inside:
            self.inside, self.done = False, True
        elif tag == 'textarea':
            self.textarea = None
        elif tag == 'select':
            self.select = None

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data


def main():
    base, path, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    readers = sys.argv[4:] or [base]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    get = lambda url: opener.open(url, timeout=10).read().decode()
    article_id = re.search(r'data-view-url="/views/(\d+)"', get(base + path)).group(1)
    login = get(base + '/admin/login')
    token = re.search(r'name="_csrf" value="([^"]+)"', login).group(1)
    body = urllib.parse.urlencode({'username': 'admin', 'password': os.environ['DASTAN_ADMIN_PASSWORD'],
                                   '_csrf': token}).encode()
    if '/admin/login' in opener.open(base + '/admin/login', body, timeout=10).geturl():
        sys.exit('EDITOR login failed')
    saves = failed = 0
    delays = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.monotonic()
        form = FormFields('article-form')
        form.feed(get(f'{base}/admin/articles/{article_id}'))
        marker = f'bench-edit-{int(time.time() * 1000)}'
        fields = [[n, (re.sub(r' ?bench-edit-\d+', '', v) + ' ' + marker) if n == 'standfirst' else v]
                  for n, v in form.fields]
        try:
            response = opener.open(f'{base}/admin/articles/{article_id}', urllib.parse.urlencode([tuple(f) for f in fields]).encode(),
                                   timeout=10)
            if f'/admin/articles/{article_id}' not in response.geturl():
                raise urllib.error.URLError('save did not come back to the form: ' + response.geturl())
            saves += 1
        except urllib.error.URLError as error:
            failed += 1
            print('EDITOR save failed:', error, file=sys.stderr)
            time.sleep(1)
            continue
        saved = time.monotonic()
        for reader in readers:
            while marker not in urllib.request.urlopen(reader + path, timeout=10).read().decode():
                if time.monotonic() - saved > 5:
                    break
                time.sleep(0.02)
        delays.append((time.monotonic() - saved) * 1000)
        time.sleep(max(0.0, 1 - (time.monotonic() - started)))
    print(f'EDITOR saves={saves} failed={failed} visible_max_ms={max(delays, default=0):.0f} '
          f'visible_avg_ms={sum(delays) / max(1, len(delays)):.0f}')


if __name__ == '__main__':
    main()
