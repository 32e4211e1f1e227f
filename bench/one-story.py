"""Writes N generated reports of one invented dock strike as JSON lines (the "1,000 generated reports" row of the
Scale section in eval/README.md): 12 sentences each, drawn with a fixed seed from a small vocabulary of people, roles,
acts and quotations, published over three days.

    python3 bench/one-story.py 1000 > /tmp/onestory1000.jsonl
    parallax analyze /tmp/onestory1000.jsonl --no-store -q --format json -o /tmp/out.json
"""
import json
import random
import sys

PEOPLE = ['Ana Berg', 'Tor Lund', 'Mira Holm', 'Petra Solvang', 'Corvin Aldwyck', 'Anatol Varenko', 'Lena Dahl', 'Ivo Marek']
ROLES = ['union leader', 'port director', 'mediator', 'labour minister', 'spokesman', 'analyst']
VERBS = ['rejected', 'accepted', 'welcomed', 'criticised', 'proposed', 'demanded', 'postponed']
OBJECTS = ['the wage offer', 'the new shift plan', 'the automation scheme', 'talks on Monday', 'the strike ballot',
           'a pay rise of 4 percent', 'the harbour closure']
QUOTES = ['We will not sign anything that cuts jobs', 'The offer is a first step', 'Nobody wants the port closed for another week',
          'Talks will resume on Monday', 'The cranes are the occasion, not the cause', 'We expect a vote by Friday',
          'This plan protects the harbour']
OUTLETS = ['Daily', 'Post', 'Herald', 'Courier', 'Gazette', 'Tribune', 'Ledger', 'Wire', 'Times', 'Observer']


def sentence(rng):
    who = rng.choice(PEOPLE)
    r = rng.random()
    if r < 0.35:
        return f'"{rng.choice(QUOTES)}," said {who}, the {rng.choice(ROLES)}.'
    if r < 0.5:
        return f'{who} said the union {rng.choice(VERBS)} {rng.choice(OBJECTS)}.'
    return (f'On {rng.choice(["Monday", "Tuesday", "Wednesday"])}, {who} {rng.choice(VERBS)} {rng.choice(OBJECTS)} in Portvale, '
            f'where {rng.randint(100, 2000)} dockworkers are on strike.')


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(7)
    for i in range(count):
        paragraphs = [' '.join(sentence(rng) for _ in range(3)) for _ in range(4)]
        print(json.dumps({'title': f'Dock strike in Portvale #{i}', 'text': '\n\n'.join(paragraphs),
                          'outlet': f'{OUTLETS[i % 10]} {i // 10}', 'published': f'2031-04-{21 + i % 3}T10:00:00Z'}))


if __name__ == '__main__':
    main()
