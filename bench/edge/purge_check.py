#!/usr/bin/env python3
"""The checks of purge-check.sh, through Varnish and the admins of two nodes:
usage: purge_check.py EDGE NODE_A NODE_B [CHECK...]   (publish, hit, edits, draft; all by default, in that order)
Prints PASS or FAIL per check; exits 1 if any failed. EDITS_PER_NODE (10) sets how many edits each node makes."""
import os
import sys
import threading
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from admin import Admin, replace, run_checks, visible_after  # noqa: E402

EDITS_PER_NODE = int(os.environ.get('EDITS_PER_NODE', '10'))


def through(url, headers=None):
    """The X-Cache, Content-Language and body of a reader's request (no cookies) through the edge."""
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=15) as response:
        return response.headers.get('X-Cache'), response.headers.get('Content-Language'), response.read().decode()


def new_article(editor, title, slug, publish):
    return editor.new_article(title, slug, 'Kept at the edge until purged.',
                              '<p>Served by Varnish in front of two nodes.</p>', publish)


def retitle(editor, page, title):
    landed = editor.post(page, replace(editor.form(page, form_class='article-form'), 'title', title))
    if page not in landed:
        raise ValueError(f'the save of {page} did not come back to its form (ended at {landed})')


def shown_during(save, url, text):
    """Milliseconds from the save's sending and from its answer to the first request through the edge that shows
    the text. Requests start with the save, so that a copy fetched between the purge and the other node's reading of
    the change is caught too; the text may show before the save answers (it answers after a redirect)."""
    since = time.monotonic()
    shown = {}
    poller = threading.Thread(target=lambda: shown.update(ms=visible_after([url], text, since, limit=5)))
    poller.start()
    try:
        save()
    finally:
        answered = (time.monotonic() - since) * 1000
        poller.join()
    return shown['ms'], shown['ms'] - answered


def spread(times):
    ordered = sorted(times)
    return f'median {ordered[len(ordered) // 2]:.0f} ms, max {ordered[-1]:.0f} ms'


class Checks:

    def __init__(self, edge, a, b):
        self.edge, self.nodes = edge, (a, b)
        self.editors = {'A': Admin(a), 'B': Admin(b)}
        for editor in self.editors.values():
            editor.log_in()
        stamp = int(time.time())
        self.title, self.slug = f'Edge story {stamp}', f'edge-story-{stamp}'
        self.page = None

    def cached_home(self):
        through(self.edge + '/')
        return through(self.edge + '/')[0] == 'HIT'

    def publish(self):
        if not self.cached_home():
            return False, 'the home page was not kept by Varnish before the publication'
        self.page = new_article(self.editors['B'], self.title, self.slug, publish=True)
        elapsed = visible_after([self.edge + '/'], self.title, time.monotonic(), limit=5)
        return elapsed < 1000, f'published on node B; the first request through Varnish to show it on the home ' \
            f'page was sent {elapsed:.0f} ms after'

    def hit(self):
        url = f'{self.edge}/articles/{self.slug}'
        first, second = through(url)[0], through(url)[0]
        tracked = through(url + '?utm_source=newsletter&utm_medium=email&fbclid=IwAR1')[0]
        english = through(url, {'Accept-Language': 'en-GB,en;q=0.9,ru;q=0.5'})[:2]
        russian = [through(url, {'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.8'})[:2] for _ in range(2)]
        chosen = through(url, {'Accept-Language': 'en', 'Cookie': 'dastan-lang=ru; _ga=GA1.1'})[:2]
        passed = (first, second, tracked, english, russian, chosen) == (
            'MISS', 'HIT', 'HIT', ('HIT', 'en'), [('MISS', 'ru'), ('HIT', 'ru')], ('HIT', 'ru'))
        return passed, f'{url}: {first} then {second}; with tracking parameters {tracked}; en-GB reader ' \
            f'{english}; ru-RU readers {russian}; dastan-lang=ru cookie {chosen}'

    def edits(self):
        if self.page is None:
            self.page = new_article(self.editors['A'], self.title, self.slug, publish=True)
        url = f'{self.edge}/articles/{self.slug}'
        sent, answered = {}, {}
        for node, editor in self.editors.items():
            for i in range(EDITS_PER_NODE):
                # Kept before each edit by Varnish, so that only a purge can show the new title, and by each node, as
                # readers who reach it otherwise (another edge, a background fetch) leave it.
                for base in (self.edge, *self.nodes):
                    through(base + f'/articles/{self.slug}', {'Host': urllib.parse.urlsplit(self.edge).netloc})
                title = f'{self.title}, edit {i + 1} on node {node}'
                times = shown_during(lambda: retitle(editor, self.page, title), url, title)
                sent.setdefault(node, []).append(times[0])
                answered.setdefault(node, []).append(times[1])
        everything = answered['A'] + answered['B']
        late = [f'{t:.0f}' for t in everything if t >= 1000]
        return not late, f'{EDITS_PER_NODE} title edits on node A, then {EDITS_PER_NODE} on node B: the new title ' \
            f'through Varnish after the save answered: {spread(everything)} (A: {spread(answered["A"])}; B: ' \
            f'{spread(answered["B"])}); after it was sent: {spread(sent["A"] + sent["B"])}' + \
            (f'; late (ms): {", ".join(late)}' if late else '')

    def draft(self):
        # The edits before this sent each purge again 2 s later (dastan.edge.repurge-after), for pages rendered
        # meanwhile; those second purges drop the home page too and must be over before it is kept for this check.
        time.sleep(3)
        if not self.cached_home():
            return False, 'the home page was not kept by Varnish before the drafts'
        page = new_article(self.editors['A'], f'{self.title} draft', f'{self.slug}-draft', publish=False)
        retitle(self.editors['B'], page, f'{self.title} draft, saved again')
        time.sleep(1)  # longer than a purge takes to arrive, and than node B takes to read the change
        cache = through(self.edge + '/')[0]
        return cache == 'HIT', f'a draft saved on node A, then on node B; the home page 1 s later: {cache}'


def main():
    checks = Checks(*sys.argv[1:4])
    run_checks((name, getattr(checks, name)) for name in sys.argv[4:] or ('publish', 'hit', 'edits', 'draft'))

if __name__ == '__main__':
    main()
