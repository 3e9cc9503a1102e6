#!/usr/bin/env python3
"""Writes COPY text rows for bench/scale-sets.sh: accounts, sessions or sets of PEOPLE people.

   generate_sets.py accounts|sessions|sets PEOPLE SETS_PER_PERSON FIRST_ACCOUNT_ID

Every person gets SETS_PER_PERSON sets in sessions of 10 sets, one session every two days back
from today, on a rotation of 12 exercises; ids are time-ordered (UUID version 7 layout), so a
person's newest rows sit together at the end of the index, as the app's own client ids would
when made with time-ordered UUIDs."""
import datetime
import os
import random
import sys

EXERCISES = [("push-up", "Push-Up"), ("goblet-squat", "Goblet Squat"), ("bird-dog", "Bird Dog"),
             ("glute-bridge", "Glute Bridge"), ("side-plank", "Side Plank"), ("plank", "Plank"),
             ("barbell-bench-press", "Barbell Bench Press"), ("cat-cow", "Cat-Cow"),
             ("barbell-deadlift", "Barbell Deadlift"), ("pull-up", "Pull-Up"),
             ("dumbbell-row", "Dumbbell Row"), ("lunge", "Lunge")]
SETS_PER_SESSION = 10


def uuid7(millis, rand):
    value = (millis & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand.getrandbits(12) << 64 | 0b10 << 62 | rand.getrandbits(62)
    h = f"{value:032x}"
    return f"{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def main():
    kind, people, per_person, first = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    rand = random.Random(15)
    out = sys.stdout
    today = datetime.datetime(2026, 11, 30, 8, 0, tzinfo=datetime.timezone.utc)
    sessions = (per_person + SETS_PER_SESSION - 1) // SETS_PER_SESSION
    buffer = []
    for p in range(people):
        account = first + p
        if kind == "accounts":
            email = f"scale{account}@fitatlas.test"
            buffer.append(f"{account}\t{email}\t{email}\t$2a$10$scale.bench.not.a.real.password.hash.only.rows\tScale {account}\tuser\n")
        else:
            for s in range(sessions):
                started = today - datetime.timedelta(days=2 * (sessions - s))
                millis = int(started.timestamp() * 1000)
                session_id = uuid7(millis, random.Random(account * 100003 + s))
                if kind == "sessions":
                    buffer.append(f"{account}\t{session_id}\tScale session\t{started.isoformat()}\t"
                                  f"{(started + datetime.timedelta(minutes=50)).isoformat()}\n")
                    continue
                for position in range(1, SETS_PER_SESSION + 1):
                    if s * SETS_PER_SESSION + position > per_person:
                        break
                    slug, name = EXERCISES[(s * 3 + position // 4) % len(EXERCISES)]
                    done = started + datetime.timedelta(minutes=3 * position)
                    set_id = uuid7(int(done.timestamp() * 1000), rand)
                    reps = 5 + (s + position) % 8
                    load = 20 + (s // 4) * 2.5
                    buffer.append(f"{account}\t{session_id}\t{set_id}\t{position}\t{slug}\t{name}\tworking\t"
                                  f"{reps}\t{load:.2f}\t\\N\tboth\t{done.isoformat()}\n")
        if len(buffer) > 20000:
            out.write("".join(buffer))
            buffer.clear()
    out.write("".join(buffer))


if __name__ == "__main__":
    main()
