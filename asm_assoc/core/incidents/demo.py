"""The demo association's incident book: eighteen months of hours worked (counted at first, estimated while
the shift lists were lost), a pit-wall collapse investigated and closed, a mercury poisoning kept as a
privacy case, a fall still under investigation with an overdue corrective action, and near misses. Every
incident goes through the book's own checks."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

from asm_assoc.core import association, writes
from asm_assoc.core.incidents import actions, book, hours
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.actions import Action
from asm_assoc.core.incidents.book import Incident, Person
from asm_assoc.core.incidents.hours import MonthHours

MONTHS = 18
SITE = "Хөх толгойн алтны талбай (лиценз MV-017532)"


def _day(today: dt.date, days_ago: int) -> str:
    return (today - dt.timedelta(days=days_ago)).isoformat()


def make_demo_incidents(conn: sqlite3.Connection, actor: writes.Actor, member_ids: list[str], *,
                        rng: random.Random, today: dt.date) -> None:
    profile = association.get(conn)
    place = {"site": SITE, "aimag_code": profile.aimag_code, "soum_code": profile.soum_code, "bagh": profile.bagh}
    _hours(conn, actor, rng, today)
    a, b, c, d, e = rng.sample(member_ids, 5)

    collapse = book.save(conn, actor, Incident(
        occurred_on=_day(today, 300), occurred_time="11:40", kind=v.INJURY, hazard="fall_of_ground",
        place="3-р нүх, 12 м гүнд", latitude=44.7415, longitude=100.8127, **place,
        description="Нүхний баруун хана нурж, хоёр уурхайчны хөлийг дарсан. Бусад нь гаргаж авсан.",
        immediate_causes="Ханыг бэхлээгүй; шөнийн борооны дараа шалгалгүй ажилд орсон.",
        underlying_causes="Бэхэлгээний мод дутмаг; ээлжийн өмнөх үзлэгийн журам байхгүй.",
        witnesses="Г. Мөнхбат, Д. Сарнай", reported_by="Б. Сарантуяа",
        notified={"governor": f"{_day(today, 300)} 15:10", "inspection": _day(today, 299),
                  "health": f"{_day(today, 300)} 12:30"},
        act_no="ОАК-2025/04", act_on=_day(today, 285),
        people=[Person(member_id=a, outcome=v.DAYS_AWAY, body_part="legs", injury_nature="fracture", days_away=46),
                Person(member_id=b, outcome=v.MEDICAL, body_part="feet", injury_nature="bruise")],
    ), today=today)
    actions.save_action(conn, actor, collapse, Action("Бүх нүхэнд бэхэлгээний мод хийх", "Д. Ганбат",
                                                      due_on=_day(today, 270), status=v.ACTION_DONE,
                                                      done_on=_day(today, 274)), today=today)
    actions.save_action(conn, actor, collapse, Action("Ээлжийн өмнөх үзлэгийн хуудас нэвтрүүлэх", "Б. Сарантуяа",
                                                      due_on=_day(today, 260), status=v.ACTION_DONE,
                                                      done_on=_day(today, 262)), today=today)
    actions.set_status(conn, actor, collapse, v.INVESTIGATING)
    actions.set_status(conn, actor, collapse, v.CLOSED)

    poisoning = book.save(conn, actor, Incident(
        occurred_on=_day(today, 150), occurred_time="16:00", kind=v.ILLNESS, hazard="chemicals",
        place="Баяжуулах цэг", **place, privacy=True,
        description="Мөнгөн ус шатаах үед уураар амьсгалж, толгой өвдөж бөөлжсөн. Сумын эмнэлэгт хэвтсэн.",
        immediate_causes="Битүү гэрт амальгам шатаасан.",
        underlying_causes="Реторт хэрэглэдэггүй; мөнгөн усны аюулын талаар сургалт дутмаг.",
        reported_by="Б. Сарантуяа", notified={"health": _day(today, 150), "governor": _day(today, 149)},
        people=[Person(member_id=c, outcome=v.DAYS_AWAY, body_part="lungs", injury_nature="poisoning",
                       days_away=9)],
    ), today=today)
    actions.save_action(conn, actor, poisoning, Action("Реторт худалдан авч, хэрэглэх сургалт хийх", "Г. Оюун",
                                                       due_on=_day(today, 60), status=v.ACTION_IN_PROGRESS),
                        today=today)
    actions.set_status(conn, actor, poisoning, v.INVESTIGATING)

    book.save(conn, actor, Incident(
        occurred_on=_day(today, 95), occurred_time="09:15", kind=v.NEAR_MISS, hazard="explosives", **place,
        description="Дэлбэрэх бодисыг хүмүүс холдоогүй байхад асаах гэж байсныг ахлагч зогсоосон.",
        reported_by="Д. Ганбат", people=[Person(member_id=d)],
    ), today=today)

    fall = book.save(conn, actor, Incident(
        occurred_on=_day(today, 40), occurred_time="14:20", kind=v.INJURY, hazard="fall_from_height", **place,
        place="5-р босоо ам", description="Босоо аманд буухдаа шат хальтирч, 3 м унасан.",
        immediate_causes="Шатны гишгүүр мөстсөн.", reported_by="Б. Сарантуяа",
        notified={"governor": _day(today, 39), "health": f"{_day(today, 40)} 15:00"},
        people=[Person(member_id=e, outcome=v.RESTRICTED, body_part="back", injury_nature="sprain",
                       days_restricted=12),
                Person(name="Жолооч Т. Баатар", sex="M", age=41, outcome=v.FIRST_AID, body_part="hands",
                       injury_nature="wound")],
    ), today=today)
    actions.save_action(conn, actor, fall, Action("Босоо амны шатыг төмрөөр солих", "Д. Ганбат",
                                                  due_on=_day(today, 10)), today=today)
    actions.save_action(conn, actor, fall, Action("Өвлийн улиралд гишгүүрт элс цацах", "Ээлжийн ахлагч",
                                                  due_on=_day(today, -20)), today=today)

    book.save(conn, actor, Incident(
        occurred_on=_day(today, 12), occurred_time="07:50", kind=v.DANGEROUS, hazard="water", **place,
        place="2-р нүх", description="Шөнийн бороогоор 2-р нүх усаар дүүрсэн; хүн байгаагүй.",
        reported_by="Д. Ганбат",
    ), today=today)


def _hours(conn: sqlite3.Connection, actor: writes.Actor, rng: random.Random, today: dt.date) -> None:
    """A full month's hours for each of the last months; the three months whose shift lists were lost are
    estimated from the workers, days and usual hours."""
    month = dt.date(today.year, today.month, 1)
    for back in range(MONTHS, 0, -1):
        year, number = divmod(month.year * 12 + month.month - 1 - back, 12)
        label = f"{year:04d}-{number + 1:02d}"
        workers = rng.randint(38, 52) if number + 1 in range(4, 11) else rng.randint(20, 30)  # fewer in winter
        estimated = back in (7, 8, 9)
        days = rng.randint(20, 24)
        worked = hours.estimate(workers, days, 8) if estimated else workers * days * 8 - rng.randint(0, 400)
        hours.save(conn, actor, MonthHours(label, worked, workers, v.ESTIMATED if estimated else v.COUNTED,
                                           "Ээлжийн бүртгэл алдагдсан" if estimated else ""), today=today)
