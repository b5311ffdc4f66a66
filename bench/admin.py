"""A small client of the Dastan admin for the benchmark and the two-node check: it logs in through the login
form and fills in the admin's own forms, with their CSRF tokens, as a browser would."""
import html.parser
import http.cookiejar
import os
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid


class FormFields(html.parser.HTMLParser):
    """Collects the fields of the first form whose class list holds the given class, or whose action is given."""

    def __init__(self, form_class=None, action=None):
        super().__init__()
        self.form_class, self.action = form_class, action
        self.inside = self.done = False
        self.fields = []
        self.textarea = self.select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form' and not self.done and (
                (self.form_class and self.form_class in (a.get('class') or '').split())
                or (self.action and a.get('action') == self.action)):
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


class Admin:
    """A logged-in staff member; cookies go to every port of 127.0.0.1, as a browser's do to one host name."""

    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, url):
        return self.opener.open(url if url.startswith('http') else self.base + url, timeout=15).read().decode()

    def log_in(self, user='admin', password=None):
        token = re.search(r'name="_csrf" value="([^"]+)"', self.get('/admin/login')).group(1)
        body = {'username': user, 'password': password or os.environ['DASTAN_ADMIN_PASSWORD'], '_csrf': token}
        landed = self.opener.open(self.base + '/admin/login', urllib.parse.urlencode(body).encode(), timeout=15)
        if '/admin/login' in landed.geturl():
            sys.exit('login failed on ' + self.base)

    def form(self, page, form_class=None, action=None):
        fields = FormFields(form_class, action)
        fields.feed(self.get(page))
        if not fields.fields:
            raise urllib.error.URLError(f'no form {form_class or action} on {page}')
        return fields.fields

    def post(self, path, fields):
        """Posts the fields and answers the address the answer ended at (after redirects)."""
        data = urllib.parse.urlencode([tuple(f) for f in fields]).encode()
        return self.opener.open(self.base + path, data, timeout=15).geturl()

    def new_article(self, title, slug, standfirst, body, publish=True):
        """Saves a new article through the admin's form, published or as a draft; answers its admin page."""
        fields = self.form('/admin/articles/new', form_class='article-form')
        for name, value in (('title', title), ('slug', slug), ('standfirst', standfirst), ('body', body)):
            fields = replace(fields, name, value)
        landed = self.post('/admin/articles', fields)
        found = re.search(r'/admin/articles/(\d+)$', landed)
        if not found:
            raise ValueError(f'the new article was not saved (ended at {landed})')
        page = f'/admin/articles/{found.group(1)}'
        if publish:
            # One article form: its Publish now button saves the fields and publishes.
            self.post(page, replace(self.form(page, form_class='article-form'), 'action', 'PUBLISH'))
        return page

    def upload(self, path, fields, name, filename, content, content_type):
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{n}"\r\n\r\n{v}\r\n'.encode()
                 for n, v in fields]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     f'Content-Type: {content_type}\r\n\r\n'.encode() + content + b'\r\n')
        parts.append(f'--{boundary}--\r\n'.encode())
        request = urllib.request.Request(self.base + path, b''.join(parts),
                                         {'Content-Type': f'multipart/form-data; boundary={boundary}'})
        return self.opener.open(request, timeout=30).geturl()


def replace(fields, name, value):
    """The fields with the named one set to value (added when missing)."""
    kept = [f for f in fields if f[0] != name]
    return kept + [[name, value]]


def visible_after(urls, text, since, limit=10):
    """Milliseconds from the given moment to the sending of the first request whose answer holds the text, the
    latest over the URLs, each polled on a thread of its own (the time the server takes to render is its speed,
    not staleness). Infinite when one did not show it within the limit in seconds."""
    shown = {}

    def poll(url):
        while True:
            sent = time.monotonic()
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    if text in response.read().decode():
                        shown[url] = (sent - since) * 1000
                        return
            except OSError:
                pass
            if sent - since > limit:
                shown[url] = float('inf')
                return
            time.sleep(0.02)

    threads = [threading.Thread(target=poll, args=(url,)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return max(shown.values())


def run_checks(checks):
    """Runs (name, check) pairs in turn, each check answering (passed, detail); prints PASS or FAIL and the detail
    for each, an error on the way counting as FAIL, and exits 1 if any failed."""
    failed = False
    for name, check in checks:
        try:
            passed, detail = check()
        except (OSError, AttributeError, ValueError) as error:
            passed, detail = False, f'{type(error).__name__}: {error}'
        failed |= not passed
        print(f"{'PASS' if passed else 'FAIL'} {name}: {detail}", flush=True)
    sys.exit(1 if failed else 0)
