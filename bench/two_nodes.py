#!/usr/bin/env python3
"""The two-node checks that go through the admin: usage: two_nodes.py NODE_A NODE_B CHECK...
CHECK is session (log in on A, stay logged in on B), publish (publish on A, on B's pages within 1 s), media
(upload on A, served by B) or search (publish on A, found by B's search page within 2 s: a shared index).
Prints PASS or FAIL per check; exits 1 if any failed."""
import re
import struct
import sys
import time
import urllib.error
import urllib.request
import zlib
from concurrent.futures import ThreadPoolExecutor

from admin import Admin, replace, run_checks, visible_after


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b''


def png(width, height):
    rows = b''.join(b'\0' + bytes(v for x in range(width) for v in (x * 4 % 256, y * 5 % 256, 128))
                    for y in range(height))
    chunk = lambda kind, data: (struct.pack('>I', len(data)) + kind + data
                                + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b''))


def session(a, b):
    editor = Admin(a)
    editor.log_in()
    editor.base = b
    landed = editor.opener.open(b + '/admin/articles', timeout=10).geturl()
    return '/admin/login' not in landed, f'logged in on {a}, {b}/admin/articles answered at {landed}'


def publish(a, b):
    editor = Admin(a)
    editor.log_in()
    stamp = int(time.time())
    title, slug = f'Two nodes story {stamp}', f'two-nodes-story-{stamp}'
    editor.new_article(title, slug, 'Published on one node.', '<p>Read on the other node.</p>')
    published = time.monotonic()
    elapsed = visible_after([f'{b}/articles/{slug}', f'{b}/'], title, published)
    return elapsed < 1000, f'published on {a}; the first requests to show it on the article and home pages of {b} ' \
        f'were sent {elapsed:.0f} ms after'


def found_after(url, text, since, limit=10):
    """Polls URL until its answer holds the text: the milliseconds from the given moment to the sending of that
    request and to its answer (infinite when not within the limit in seconds)."""
    while time.monotonic() - since < limit:
        sent = time.monotonic()
        if text in fetch(url)[1].decode():
            return (sent - since) * 1000, (time.monotonic() - since) * 1000
        time.sleep(0.02)
    return float('inf'), float('inf')


def search(a, b, rounds=5):
    editor = Admin(a)
    editor.log_in()
    stamp = int(time.time())
    found, took = [], []
    for n in range(rounds):
        # A word no other article holds, so that only this article matches it.
        word, slug = f'Saksaul{stamp}x{n}', f'two-nodes-search-{stamp}-{n}'
        title, url = f'Kuryk ferry {word} sails', f'{b}/search?q={word.lower()}'
        page = editor.new_article(title, slug, 'Saved on one node, searched on the other.',
                                  '<p>Ferries leave Kuryk.</p>', publish=False)
        if title in fetch(url)[1].decode():
            return False, f'{b} found the draft {slug} before it was published'
        form = replace(editor.form(page, form_class='article-form'), 'action', 'PUBLISH')
        # From the moment the editor presses Publish (the save commits somewhere within the request), with B
        # searching all along: a search page B renders before the change is indexed must not be kept.
        pressed = time.monotonic()
        searching = ThreadPoolExecutor(1).submit(found_after, url, title, pressed)
        editor.post(page, form)
        took.append((time.monotonic() - pressed) * 1000)
        found.append(searching.result())
    worst = max(answered for sent, answered in found)
    return worst < 2000, f'{rounds} articles published on {a} (requests of {min(took):.0f} to {max(took):.0f} ms); ' \
        f'the first search on {b} that found each was sent / answered ' \
        f'{", ".join(f"{sent:.0f}/{answered:.0f}" for sent, answered in found)} ms after Publish was pressed ' \
        f'(at most {worst:.0f} ms)'


def media(a, b):
    editor = Admin(a)
    editor.log_in()
    fields = editor.form('/admin/media', action='/admin/media')
    fields = replace(replace(fields, 'altText', 'Two nodes test pattern'), 'credit', '@dastan')
    editor.upload('/admin/media', fields, 'file', 'two-nodes.png', png(320, 200), 'image/png')
    library = editor.get('/admin/media')
    newest = max(int(i) for i in re.findall(r'href="/admin/media/(\d+)"', library))
    url = re.search(r'href="(/media/[^"]+)"', editor.get(f'/admin/media/{newest}')).group(1)
    on_a, on_b = fetch(a + url), fetch(b + url)
    return on_a[0] == 200 and on_b == on_a, f'uploaded {url} on {a}: {a} answers {on_a[0]}, {b} answers {on_b[0]}'


def main():
    a, b = sys.argv[1], sys.argv[2]
    run_checks((check, lambda check=check: globals()[check](a, b)) for check in sys.argv[3:])

if __name__ == '__main__':
    main()
