#!/usr/bin/env python3
"""The public site and an admin export, as a reader and an admin get them, for bench/backup-roundtrip.sh.

usage: backup_roundtrip.py edit BASE               a few edits through the admin's forms, as a browser makes them
       backup_roundtrip.py backup BASE FILE        downloads a backup from the admin page (Take a backup)
       backup_roundtrip.py export BASE DIR         the admin's redirects CSV export, into DIR
       backup_roundtrip.py crawl BASE DIR [WORD]   every public page reachable from the home page, the sitemaps
                                                   and the feeds (and /search?q=WORD), with status and body, into DIR
       backup_roundtrip.py diff DIR_A DIR_B        compares two such directories; prints the differences and
                                                   "N differences", exits 1 unless there are none
The admin's password comes from DASTAN_ADMIN_PASSWORD.
"""
import concurrent.futures
import difflib
import gzip
import hashlib
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from admin import Admin, replace
from two_nodes import png

MARKER = 'backupmarker'

# What may differ between two sites with the same content, and why. Nothing else is touched.
NORMALIZE = [
    # The form token of the session the page was fetched in: each site gives a new session its own.
    (re.compile(r'(name="_csrf"[^>]*?value=")[^"]*'), r'\1'),
    (re.compile(r'(<meta name="_csrf" content=")[^"]*'), r'\1'),
    # A nonce is new in every response, by design.
    (re.compile(r'(nonce=")[^"]*'), r'\1'),
    # Structured data (JSON-LD) is built from maps whose key order is set anew in each Java process (Map.of): the
    # same document with its keys in another order. Compared with its keys sorted.
    (re.compile(r'(<script type="application/ld\+json">)(.*?)(</script>)', re.S),
     lambda m: m.group(1) + json.dumps(json.loads(m.group(2)), sort_keys=True, ensure_ascii=False) + m.group(3)),
]

SKIP = re.compile(r'^/(admin|css|js|webjars|views|actuator)(/|$)')
LINK = re.compile(r'(?:href|src)="([^"#]+)|srcset="([^"]+)"|<loc>([^<]+)</loc>|<link>([^<]+)</link>')


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def edit(base):
    admin = Admin(base)
    admin.log_in()
    stamp = int(time.time())
    admin.new_article(f'A {MARKER} story {stamp}', f'{MARKER}-story-{stamp}', 'Written before the backup.',
                      '<p>It must read the same after a restore, on either database.</p>')
    first = re.search(r'href="(/articles/[^"?#]+)"', admin.get('/')).group(1)
    article_id = re.search(r'data-view-url="/views/(\d+)"', admin.get(first)).group(1)
    page = f'/admin/articles/{article_id}'
    fields = admin.form(page, form_class='article-form')
    standfirst = next(v for n, v in fields if n == 'standfirst')
    admin.post(page, replace(fields, 'standfirst', standfirst + ' Edited before the backup.'))
    fields = admin.form('/admin/redirects/new', action='/admin/redirects')
    for name, value in (('from', f'/index.php/news/{stamp}-old'), ('to', first), ('status', '301')):
        fields = replace(fields, name, value)
    admin.post('/admin/redirects', fields)
    fields = admin.form('/admin/media', action='/admin/media')
    fields = replace(replace(fields, 'altText', 'Backup test pattern'), 'credit', '@dastan')
    admin.upload('/admin/media', fields, 'file', 'backup.png', png(640, 360), 'image/png')
    print(f'Edited {base}: a new article, {first} changed, a redirect, an image', flush=True)


def backup(base, file):
    admin = Admin(base)
    admin.log_in()
    token = re.search(r'name="_csrf" value="([^"]+)"', admin.get('/admin/backup')).group(1)
    with admin.opener.open(base + '/admin/backup', urllib.parse.urlencode({'_csrf': token}).encode(),
                           timeout=600) as response, open(file, 'wb') as out:
        while chunk := response.read(1 << 20):
            out.write(chunk)


def export(base, directory):
    admin = Admin(base)
    admin.log_in()
    save(directory, {'admin:/admin/redirects/export': (200, admin.get('/admin/redirects/export').encode())})


def fetch(opener, base, path):
    try:
        with opener.open(base + path, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        location = error.headers.get('Location', '')
        return error.code, f'Location: {location}'.encode()


def links(base, path, body):
    found = set()
    for match in LINK.finditer(body.decode('utf-8', 'replace')):
        values = [match.group(1), match.group(4), match.group(3)] + (match.group(2) or '').split(',')
        for value in filter(None, values):
            url = value.strip().split(' ')[0].replace('&amp;', '&')
            if url.startswith(base):
                url = url[len(base):]
            if not url.startswith('/') or url.startswith('//'):
                continue
            target, _, query = url.partition('?')
            if re.fullmatch(r'page=\d+', query):
                target += '?' + query
            if not SKIP.match(target):
                found.add(target)
    return found


def crawl(base, directory, word=None):
    opener = urllib.request.build_opener(NoRedirects)
    seeds = {'/', '/rates', '/feed', '/sitemap.xml', '/news-sitemap.xml', '/robots.txt'}
    pages, todo = {}, set(seeds)
    limit = int(os.environ.get('MAX_PAGES', '0') or 0)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        while todo and not (limit and len(pages) >= limit):
            batch = sorted(todo)
            todo = set()
            for path, answer in zip(batch, pool.map(lambda p: fetch(opener, base, p), batch)):
                pages[path] = answer
                if not path.startswith('/media/'):
                    todo |= links(base, path, answer[1])
            todo -= pages.keys()
    if word:
        pages[f'/search?q={word}'] = found = fetch(opener, base, f'/search?q={word}')
        if f'/articles/{word}'.encode() not in found[1]:
            sys.exit(f'The search of {base} for {word} did not find the article that has it')
    save(directory, pages)
    print(f'Crawled {base}: {len(pages)} pages', flush=True)


def save(directory, pages):
    os.makedirs(directory, exist_ok=True)
    index_file = os.path.join(directory, 'index.json')
    index = json.load(open(index_file)) if os.path.exists(index_file) else {}
    for path, (status, body) in pages.items():
        if not path.startswith('/media/'):
            text = body.decode('utf-8', 'replace')
            for pattern, replacement in NORMALIZE:
                text = pattern.sub(replacement, text)
            body = text.encode()
        digest = hashlib.sha256(body).hexdigest()
        index[path] = [status, digest]
        with gzip.open(os.path.join(directory, digest + '.gz'), 'wb') as out:
            out.write(body)
    json.dump(index, open(index_file, 'w'), indent=0, sort_keys=True)


def excerpt(line, texts):
    """A changed line around where it first differs from its counterpart, so that long lines show what changed."""
    if line[:1] not in '+-' or len(line) <= 200:
        return line[:200]
    others = texts[1] if line[0] == '-' else texts[0]
    other = max(others, key=lambda o: len(os.path.commonprefix([o, line[1:]])))
    at = len(os.path.commonprefix([other, line[1:]]))
    return line[0] + '...' + line[1 + max(0, at - 60):at + 140]


def diff(a, b):
    index_a, index_b = (json.load(open(os.path.join(d, 'index.json'))) for d in (a, b))
    differences = 0
    for path in sorted(index_a.keys() | index_b.keys()):
        left, right = index_a.get(path), index_b.get(path)
        if left == right:
            continue
        differences += 1
        if differences > 5:
            continue
        print(f'DIFFERENT {path}: {left and left[0]} in {a}, {right and right[0]} in {b}')
        if left and right and not path.startswith('/media/'):
            texts = [gzip.open(os.path.join(d, x[1] + '.gz')).read().decode().splitlines()
                     for d, x in ((a, left), (b, right))]
            for line in list(difflib.unified_diff(*texts, lineterm='', n=0))[2:12]:
                print('   ', excerpt(line, texts))
    print(f'{differences} differences over {len(index_a)} pages and exports')
    return differences


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == 'diff':
        sys.exit(1 if diff(*args) else 0)
    {'edit': edit, 'backup': backup, 'export': export, 'crawl': crawl}[command](*args)


if __name__ == '__main__':
    main()
