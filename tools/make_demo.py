#!/usr/bin/env python3
"""Generate the Touchstone demo workspace and the journey-map templates.

    python3 tools/make_demo.py            # writes the files, checks them, prints a summary

Writes
    resources/demo/demo-workspace.json        the demo workspace (docs/FORMAT.md)
    resources/templates/blank.json            map templates ("touchstone-map-template", version 1)
    resources/templates/b2c-retail.json
    resources/templates/subscription-software.json
    resources/templates/car-dealership.json

The demo is "Northwind Motors", a regional dealer group of 12 dealerships (new and used cars,
service workshops, online configurator, finance and leasing), written up as a CX consultant would:
purpose canvas, goals with deliberate alignment gaps, three journey maps, a roadmap and 2,400
survey responses whose figures tell one story (NPS rising from about +15 to +35, promoters
retained far more often than detractors, the service experience trailing the purchase).

Standard library only and deterministic: fixed seeds, UUIDs drawn from a seeded generator, so
running it twice gives byte-identical files. Edit the content tables below and run it again.
"""

import json
import math
import random
import re
import sys
import uuid
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_PATH = ROOT / "resources" / "demo" / "demo-workspace.json"
TEMPLATE_DIR = ROOT / "resources" / "templates"

# Two generators: one for uids, one for the survey data, so editing text never reshuffles scores.
UID_RNG = random.Random(20260115)
DATA_RNG = random.Random(4242)


def new_uid():
    return str(uuid.UUID(int=UID_RNG.getrandbits(128), version=4))


# ---------------------------------------------------------------------------------------------
# Vocabularies (docs/FORMAT.md)

LANES = [  # kind, default title, the card kind that lives there
    ("actions", "Customer actions", "action"),
    ("touchpoints", "Touchpoints", "touchpoint"),
    ("channels", "Channels", "channel"),
    ("thoughts", "Thoughts & feelings", "thought"),
    ("emotion", "Emotion curve", None),
    ("painpoints", "Pain points", "painpoint"),
    ("opportunities", "Opportunities", "opportunity"),
    ("backstage", "Backstage / owner", "backstage"),
    ("metrics", "Metrics", "metric"),
]
LANE_KINDS = [l[0] for l in LANES]
LANE_OF_KIND = {card_kind: lane for lane, _, card_kind in LANES if card_kind}
CARD_KINDS = ["action", "touchpoint", "channel", "thought", "painpoint", "opportunity",
              "backstage", "metric", "note"]
CHANNELS = ["web", "app", "store", "phone", "email", "sms", "social", "in_person", "chat", "mail",
            "event", "other"]
SEVERITIES = ["low", "medium", "high", "critical"]
FREQUENCIES = ["rare", "occasional", "frequent", "constant"]
DIMENSIONS = ["people", "process", "technology"]
STATUSES = ["idea", "planned", "in_progress", "done", "dropped"]
METRICS = ["nps", "csat", "ces", "retention", "conversion", ""]
LINK_KINDS = ["addresses", "relates"]
GOAL_KINDS = ["organisational", "cx"]

DEFAULT_STAGES = ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]
STAGE_COLORS = ["#4E79A7", "#59A14F", "#F28E2B", "#B07AA1", "#E15759"]


def lane_objects(with_uid):
    out = []
    for kind, title, _ in LANES:
        lane = {"uid": new_uid()} if with_uid else {}
        lane.update({"kind": kind, "title": title, "visible": True})
        out.append(lane)
    return out


# ---------------------------------------------------------------------------------------------
# Purpose canvas, goals, departments, personas

CANVAS = {
    "organisation": "Northwind Motors",
    "business_purpose": (
        "Keep the families and businesses of our region moving safely, affordably and without "
        "hassle, from their first car to their fleet's hundredth."),
    "business_strategy": (
        "Move from one-off car sales to lifetime relationships. Across 12 dealerships and online "
        "we sell new and approved used cars, and we grow the share of profit that comes from "
        "service, finance & leasing and repeat purchase: from 31% of gross profit in 2025 to 45% "
        "in 2027. We compete on convenience and trust, not on the lowest sticker price."),
    "customer_strategy": (
        "Win and keep the customers who value honest advice and their own time: private buyers "
        "in the family life stage, used-car buyers looking for certainty, and small-business "
        "fleets of 5 to 50 vehicles. Serve them from one customer record across showroom, "
        "workshop, web and phone, so every visit builds on the last one, and stay in touch "
        "between purchases through service, not through advertising."),
    "cx_vision": (
        "Every Northwind customer always knows what happens next: what it costs, when it is "
        "ready and who is looking after them. Whether they buy, lease or bring their car in for "
        "service, they leave feeling we kept our promise of straight talk and no surprises."),
    "brand_promise": "Straight talk, no surprises.",
    "vision_tied_to_brand": True,
    "cx_principles": [
        "One price, one story: the price online is the price at the desk, with every fee named up front.",
        "Tell them before they ask: customers hear from us at every wait (order, credit check, delivery, repair).",
        "Their time is precious: no customer repeats what we already know about them.",
        "Advice over pressure: we recommend what fits, even when it is the cheaper car.",
        "Fix it right first time, and own the follow-up when we don't.",
    ],
    "employee_behaviours": [
        "Quote all-in: state the full total or monthly price, fees included, before the customer asks.",
        "Call before the deadline passes: if a car or a repair will be late, phone the customer before the promised time.",
        "Read the customer record before every contact and log the outcome after it.",
        "Hand over in person: introduce the service advisor at delivery, and show the customer what was repaired and why.",
        "Own every complaint you receive until it is closed, and close it within two working days.",
    ],
    "employee_experience": (
        "Sales consultants, service advisors and technicians get the tools and the authority to "
        "keep the promise: one customer record on every screen, the right to offer goodwill up to "
        "EUR 250 without sign-off, bonuses that weigh customer feedback and retention alongside "
        "volume, and a monthly voice-of-the-customer huddle in every dealership where the team "
        "reads the verbatims and picks one thing to fix. Technicians get a career path and "
        "training time, because first-time fixes depend on them."),
}

# key, kind, title, description
ORG_GOALS = [
    ("aftersales", "organisational", "Grow aftersales revenue 20% by 2027",
     "Service, parts and accessories revenue across the 12 dealerships from EUR 38m (2025) to EUR 46m in 2027."),
    ("repeat", "organisational", "Lift the repeat purchase rate to 45%",
     "Share of buyers and lessees whose next car also comes from Northwind, up from 34% (2025)."),
    ("nps", "cx", "Relationship NPS of +40 by the end of 2027",
     "From +15 in early 2025; regional dealer groups benchmark at +35. Measured quarterly across purchase, service and leasing."),
    ("retention", "cx", "Keep 88% of customers in our workshops after warranty",
     "12-month workshop retention of private and fleet customers, currently around 80%."),
    ("online", "cx", "Make buying and leasing online as easy as in the showroom",
     "Customer effort score of 5.5 or better (1-7) on the configurator, online credit check and e-signature."),
    ("employer", "organisational", "First-choice employer for technicians in the region",
     "Cut technician turnover from 21% to 12% a year; every open workshop bay costs about EUR 9,000 a month."),
]

COMMUNICATION_PLAN = [
    ("Board and dealer principals",
     "Why we move from transactions to relationships: the CX vision, the brand promise and the 2026-2027 roadmap.",
     "Leadership off-site", "2026-01-20"),
    ("All employees (12 dealerships)",
     "Straight talk, no surprises: what it means in your job, the five principles and the behaviours we will recognise.",
     "Town hall and intranet video", "2026-02-03"),
    ("Service advisors and technicians",
     "Live repair updates: the new SMS status flow and the call-before-the-deadline rule.",
     "Workshop huddles", "2026-03-02"),
    ("Sales consultants",
     "All-in pricing: how to quote the full monthly cost with every fee, and how feedback now counts in the bonus.",
     "Training day", "2026-04-14"),
    ("Dealership managers",
     "Quarterly NPS and retention readout per dealership, with verbatims and the one thing to fix next.",
     "Monthly management meeting", "2026-04-30"),
    ("Customers (owner base)",
     "What is changing for you: live repair tracking, fixed-price service booking online and one number for lease questions.",
     "Email newsletter and owner app", "2026-06-01"),
]

# key, name, leader, role, goals: (key, title, description, [org goal keys])
DEPARTMENTS = [
    ("sales", "Sales", "Marta Kowalski",
     "Owns the path from enquiry to delivery for new and used cars, in the showroom and online: "
     "test drives, quotes, trade-in valuation, order follow-up and handover.",
     [("sales-enquiry", "Answer every online enquiry within one business hour",
       "Web, configurator and phone leads answered by a named consultant within one business hour, 8:00-20:00.",
       ["online", "repeat"]),
      ("sales-handover", "Personal handover for every new car",
       "A 45-minute handover with app set-up and an introduction to the service advisor; 30-day welcome call.",
       ["nps", "retention"]),
      ("sales-volume", "Sell 14,500 cars in 2026",
       "9,200 new and 5,300 used retail units across the 12 dealerships.",
       [])]),
    ("service", "Service & Workshop", "Tom Becker",
     "Runs the 12 workshops: booking, reception, diagnosis, repair and collection. After the sale, "
     "this is where customers meet us most often.",
     [("service-ftf", "Fix it right first time on 95% of visits",
       "First-time fix rate from 87% to 95%, measured on returns within 30 days for the same complaint.",
       ["retention", "nps"]),
      ("service-updates", "Update every customer proactively during a repair",
       "Status message at reception, diagnosis and ready-for-collection; a call before any promised time is missed.",
       ["nps"]),
      ("service-hours", "Sell 7.2 workshop hours per technician a day",
       "Up from 6.4; better planning and fewer waits for parts.",
       ["aftersales"])]),
    ("marketing", "Marketing", "Aisha Rahman",
     "Brings customers in and keeps them talking: campaigns, website and configurator content, "
     "reviews and the owner referral programme.",
     [("mkt-leads", "Grow configurator leads 30%",
       "From 1,450 to 1,900 qualified configurator leads a month.",
       ["repeat"]),
      ("mkt-reviews", "Double the number of Google reviews",
       "From 2,100 to 4,200 published reviews across the 12 dealership listings.",
       []),
      ("mkt-referral", "Launch the owner referral programme",
       "Referral reward as a service credit; 8% of retail sales from referrals by the end of 2027.",
       ["repeat", "nps"])]),
    ("finance", "Finance & Leasing", "Daniel Osei",
     "Offers finance, private and business leasing and insurance at the point of sale, and manages "
     "contracts through to renewal.",
     [("fin-credit", "Credit decision in under 30 minutes for 80% of applications",
       "Online and in the showroom; today the median online decision takes 3.4 days.",
       ["online"]),
      ("fin-penetration", "Raise finance penetration to 55% of retail sales",
       "Share of retail sales financed or leased through Northwind, from 47%.",
       []),
      ("fin-renewal", "Contact every customer 6 months before the lease ends",
       "A personal renewal conversation instead of a letter 6 weeks before the end.",
       ["repeat"])]),
    ("care", "Customer Care & IT", "Lena Fischer",
     "Runs the contact centre, complaint handling and the systems behind them: CRM, online booking, "
     "the fleet portal and the owner app.",
     [("care-record", "One customer record across showroom, workshop and contact centre",
       "Sales, service, leasing and complaint history on one screen for every employee who talks to customers.",
       ["nps", "retention", "online"]),
      ("care-fcr", "Resolve 80% of calls at first contact",
       "First-contact resolution from 61%; no call-back needed.",
       ["nps"])]),
]

PERSONAS = [
    ("family", "Sanne & Pieter Jansen, young family", "Private - first new car",
     "Replace a 12-year-old hatchback with a safe, roomy family car before their second child is "
     "born in spring; keep the monthly cost under EUR 450 including insurance; spend as few "
     "Saturdays in showrooms as possible.",
     "An all-in monthly price they can trust; a test drive with the child seat fitted; an honest "
     "trade-in value for the old car; a firm delivery date to plan around; one person to call.",
     "Online prices that change at the desk; being steered towards the top trim; chasing the "
     "dealer for the delivery date; explaining their situation again to every new person; "
     "silence once the car has been delivered.",
     "We're not car people. Just tell us straight what it costs us every month, and then stick to it."),
    ("fleet", "Ravi Mehta, fleet manager", "Fleet - small business (23 vehicles)",
     "Keep the 23 vans and cars of a plumbing and heating company on the road; plan servicing "
     "around jobs; one invoice per month that matches what he approved.",
     "Pick-up and delivery or a courtesy van; accurate time estimates; status updates without "
     "having to call; a single contact who knows his fleet; fleet-wide reminders and reporting.",
     "Vans waiting for parts nobody mentioned; invoices that don't match the quote; calling three "
     "times for a status update; a different person on the phone every time.",
     "Every day a van is off the road costs me a job. Tell me when it will be ready, and make it true."),
]

# ---------------------------------------------------------------------------------------------
# Journey maps. Stage rows: (emotion as-is, emotion to-be, feeling) in DEFAULT_STAGES order.
# Cards per stage, as tuples; see MapBuilder.add for the meaning of each tuple kind.

MAPS = [
    {
        "name": "New car purchase",
        "persona": "family",
        "description": (
            "A private customer buying a new car, from first research to recommending us. Built "
            "from 14 customer interviews, mystery shopping at 4 dealerships (November 2025) and "
            "the purchase questions of the 2025-2026 survey. Emotion curve: as-is from the "
            "interviews, to-be agreed in the January 2026 workshop."),
        "stages": [
            (1, 2, "Curious but wary of dealers"),
            (-1, 2, "Overwhelmed by options and prices"),
            (0, 2, "Excited, then anxious about the wait"),
            (-2, 1, "Forgotten once the car is delivered"),
            (0, 2, "Recommends the car, not the dealer"),
        ],
        "cards": {
            "Awareness": [
                ("action", "Searches 'family SUV under 450 a month'"),
                ("action", "Reads reviews and owner forums"),
                ("touch", "Search ad & landing page", "web", True, "marketing", 6.0, 7.5, ""),
                ("touch", "Configurator", "web", True, "marketing", 6.8, 8.5,
                 "1,450 qualified leads a month; most sessions on mobile in the evening."),
                ("touch", "Social media ads", "social", True, "marketing", 5.5, 7.0, ""),
                ("channel", "Website", "web", True),
                ("channel", "Social media", "social", True),
                ("thought", "Which of these can we actually afford per month?"),
                ("pain", "pp-fees", "Online prices exclude fees and delivery costs", "high", "frequent",
                 ["The car was 1,100 euros more by the time they added delivery and registration.",
                  "Why can't the website just show the real price?"]),
                ("opp", "op-allin", "All-in monthly price on every car page and in the configurator",
                 "technology", ["pp-fees", "pp-orderfees"]),
                ("back", "Campaigns and website content, offers synced monthly with the importer", "marketing"),
                ("metric", "Configurator-to-enquiry conversion 3.1%"),
            ],
            "Consideration": [
                ("action", "Compares three models online"),
                ("action", "Books a test drive"),
                ("action", "Visits the showroom with the children"),
                ("touch", "td-web", "Test drive booking", "web", True, "sales", 3.6, 8.0,
                 "Mystery shopping: 5 of 8 web requests unanswered after 48 hours."),
                ("touch", "td-phone", "Test drive booking", "phone", False, "sales", 7.8, 8.5,
                 "Booked during the call; confirmation by SMS."),
                ("touch", "Showroom visit", "in_person", False, "sales", 6.5, 8.5, ""),
                ("touch", "Trade-in valuation", "in_person", False, None, 4.8, 7.5,
                 "Sales and the used-car team each assume the other owns the valuation."),
                ("channel", "Web form", "web", True),
                ("channel", "Phone", "phone", False),
                ("channel", "Showroom", "store", False),
                ("thought", "Why does the website say 'we'll be in touch' when the showroom is empty?"),
                ("pain", "pp-testdrive", "Online test-drive requests go unanswered for days", "critical", "frequent",
                 ["I filled in the form on Monday. They called back the next Saturday, we had already bought elsewhere.",
                  "Booked online, turned up, nobody knew we were coming.",
                  "No slots shown, just a form. Then nothing."]),
                ("pain", "pp-tradein", "Trade-in value drops between the online estimate and the showroom", "high", "frequent",
                 ["The website said 6,400. At the desk it was suddenly 5,200 because of 'market conditions'.",
                  "Felt like a bait and switch on our old car."]),
                ("pain", "pp-upsell", "Pushed towards the top trim", "medium", "occasional",
                 ["We asked for the basic model with a tow bar and spent an hour hearing about the premium pack."]),
                ("opp", "op-slots", "Real-time test-drive slots from the dealership calendar", "technology",
                 ["pp-testdrive"]),
                ("opp", "op-tradein", "Binding trade-in offer, valid for 14 days", "process", ["pp-tradein"]),
                ("opp", "op-advice", "Needs-based advice instead of trim upsell targets", "people", ["pp-upsell"]),
                ("back", "Web leads land in a shared inbox; each dealership routes them by hand", "sales"),
                ("metric", "Lead response time: median 26 h (target 1 h)"),
            ],
            "Purchase": [
                ("action", "Negotiates price and trade-in"),
                ("action", "Signs the order and the finance contract"),
                ("action", "Waits 8-14 weeks for delivery"),
                ("action", "Collects the car"),
                ("touch", "Quote and order signing", "in_person", False, "sales", 7.0, 8.5, ""),
                ("touch", "Finance application", "in_person", False, "finance", 6.2, 8.0, ""),
                ("touch", "Delivery date updates", "email", True, "sales", 3.5, 8.0,
                 "No update is sent unless the customer asks."),
                ("touch", "Handover", "in_person", False, "sales", 8.4, 9.0,
                 "Best-rated moment of the whole journey."),
                ("channel", "Showroom", "store", False),
                ("channel", "Email", "email", True),
                ("channel", "Phone", "phone", False),
                ("thought", "Is it really coming in March? Nobody tells us anything."),
                ("pain", "pp-noupdate", "No updates between order and delivery", "high", "constant",
                 ["Eleven weeks and not a single message from them. I had to call every Friday.",
                  "They knew the car was delayed at the factory and didn't tell us."]),
                ("pain", "pp-paperwork", "Signing the order and finance takes over two hours", "medium", "frequent",
                 ["Two and a half hours of forms with a toddler on my lap."]),
                ("pain", "pp-orderfees", "Fees appear on the order that were not in the quote", "high", "occasional",
                 ["A 'preparation fee' of 695 euros appeared on the contract. Never mentioned before."]),
                ("opp", "op-tracker", "Order tracker with proactive milestone messages", "technology", ["pp-noupdate"]),
                ("opp", "op-esign", "Pre-filled finance forms and e-signature", "technology", ["pp-paperwork"]),
                ("opp", "op-handover", "Handover checklist with app set-up and service advisor introduction", "people", []),
                ("back", "Factory order status checked by hand in the importer portal", "sales"),
                ("back", "Credit check with three partner banks", "finance"),
                ("metric", "CSAT at handover 4.4 / 5"),
                ("metric", "Order-to-delivery 11.2 weeks"),
            ],
            "Retention": [
                ("action", "Receives the first service reminder"),
                ("action", "Calls about a warning light"),
                ("action", "Ignores promotional emails"),
                ("touch", "Service reminder", "email", True, "service", 5.0, 8.0, ""),
                ("touch", "Welcome call after 30 days", "phone", False, "sales", 3.0, 7.5,
                 "In the handover script, made for fewer than 1 in 5 customers."),
                ("touch", "Owner app", "app", True, "care", 4.5, 7.5, ""),
                ("channel", "Email", "email", True),
                ("channel", "Owner app", "app", True),
                ("channel", "Phone", "phone", False),
                ("thought", "Once they had our money, they stopped calling."),
                ("pain", "pp-silence", "Nobody calls after the handover", "high", "frequent",
                 ["The only thing we got after buying was a newsletter about winter tyres.",
                  "Our salesman was great until we signed. Then he vanished."]),
                ("pain", "pp-emails", "Generic marketing emails instead of useful reminders", "medium", "constant",
                 ["Three emails a week about cars I don't want, but no reminder that my service was due."]),
                ("pain", "pp-warranty", "Warranty questions bounced between sales and service", "high", "occasional",
                 ["Sales said call the workshop, the workshop said it's a sales matter. Nobody helped.",
                  "Four calls to find out whether the infotainment fault is covered."]),
                ("opp", "op-welcome", "30-day welcome call by the sales consultant, logged in the CRM", "people", ["pp-silence"]),
                ("opp", "op-mileage", "Service reminders based on actual mileage", "technology", ["pp-emails"]),
                ("back", "Sales and service records not linked in the CRM", "care"),
                ("metric", "12-month workshop retention 71% (new-car buyers)"),
            ],
            "Advocacy": [
                ("action", "Posts photos of the new car"),
                ("action", "Tells friends where they bought it"),
                ("action", "Leaves a review when prompted"),
                ("touch", "Review request", "email", True, "marketing", 5.5, 7.5, ""),
                ("touch", "Referral programme", "web", True, "marketing", 2.5, 7.0,
                 "Exists on paper; fewer than 40 referrals in 2025."),
                ("channel", "Social media", "social", True),
                ("channel", "Word of mouth", "in_person", False),
                ("thought", "I'd recommend the car. The dealer... depends who you get."),
                ("pain", "pp-reviewtiming", "Review request arrives before the car is delivered", "low", "occasional",
                 ["They asked me to rate my experience two weeks before I even had the car."]),
                ("opp", "op-referral", "Owner referral programme with a service credit", "process", []),
                ("back", "Review platform and referral tracking", "marketing"),
                ("metric", "NPS after purchase +41"),
                ("metric", "Referral share of sales 6%"),
            ],
        },
        "relates": [("pp-testdrive", "td-web"), ("pp-noupdate", "Delivery date updates"),
                    ("pp-silence", "Welcome call after 30 days")],
    },
    {
        "name": "Service visit",
        "persona": "fleet",
        "description": (
            "A business customer bringing fleet vehicles in for service and repair, from noticing "
            "a service is due to renewing the fleet agreement. Based on 9 fleet-manager interviews, "
            "two days of workshop observation and the service questions of the 2025-2026 survey. "
            "'Purchase' is the workshop visit itself; 'Retention' is invoicing, complaints and "
            "the next booking."),
        "stages": [
            (0, 1, "Another thing to organise"),
            (-1, 1, "Frustrated by the booking hassle"),
            (-2, 1, "In the dark while the van is off the road"),
            (-2, 1, "Irritated by invoice surprises"),
            (-1, 2, "Loyal by contract, not by choice"),
        ],
        "cards": {
            "Awareness": [
                ("action", "Gets a dashboard warning reported by a driver"),
                ("action", "Checks which vans are due this month"),
                ("touch", "Service due reminder", "email", True, "service", 5.2, 8.0, ""),
                ("touch", "Fleet portal overview", "web", True, "care", 3.8, 7.5,
                 "Shows contracts, not service status; last updated 2019."),
                ("channel", "Email", "email", True),
                ("channel", "Fleet portal", "web", True),
                ("thought", "Which of my 23 vans are due, and can I batch them?"),
                ("pain", "pp-pervehicle", "Reminders come per vehicle, not per fleet", "medium", "constant",
                 ["I get 23 separate emails a year and have to build my own spreadsheet.",
                  "Why can't you just send me one plan for the month?"]),
                ("opp", "op-fleetplan", "Monthly fleet service plan in one message", "technology", ["pp-pervehicle"]),
                ("back", "Reminder run from the dealer management system, one per vehicle", "service"),
                ("metric", "Reminder-to-booking conversion 38%"),
            ],
            "Consideration": [
                ("action", "Phones the workshop to book"),
                ("action", "Asks for a courtesy van"),
                ("action", "Compares with an independent garage"),
                ("touch", "sb-phone", "Service booking", "phone", False, "care", 5.8, 8.0,
                 "Contact centre takes workshop calls for all 12 dealerships."),
                ("touch", "sb-web", "Service booking", "web", True, "service", 7.2, 8.5, ""),
                ("touch", "Fixed-price quote", "email", True, "service", 5.5, 8.0, ""),
                ("channel", "Phone", "phone", False),
                ("channel", "Web", "web", True),
                ("thought", "If I can't get a courtesy van, I lose a day's work."),
                ("pain", "pp-phonelines", "Phone lines busy on Monday mornings", "high", "frequent",
                 ["Twenty minutes on hold on a Monday, then cut off.",
                  "I gave up calling and drove to the workshop instead."]),
                ("pain", "pp-courtesy", "No courtesy vehicle at short notice", "high", "frequent",
                 ["No courtesy van for two weeks. So the van kept driving with a warning light on."]),
                ("opp", "op-fleetbooking", "Online fleet booking with courtesy-van availability", "technology",
                 ["pp-phonelines", "pp-courtesy"]),
                ("opp", "op-pickup", "Pick-up and return service for fleet customers", "process", ["pp-courtesy"]),
                ("back", "Contact centre: 4 FTE handle bookings for 12 workshops", "care"),
                ("metric", "Average speed of answer 9 min 12 s"),
            ],
            "Purchase": [
                ("action", "Drops the van off at 7:30"),
                ("action", "Waits for a call about extra work"),
                ("action", "Approves additional repairs by phone"),
                ("action", "Sends a driver to collect"),
                ("touch", "Vehicle reception", "in_person", False, "service", 7.2, 8.5, ""),
                ("touch", "Repair status update", "sms", True, "service", 3.2, 8.0,
                 "Only sent when the car is ready, if at all."),
                ("touch", "Approval of extra work", "phone", False, "service", 4.6, 8.0, ""),
                ("touch", "Collection", "in_person", False, "service", 6.8, 8.5, ""),
                ("channel", "Workshop reception", "in_person", False),
                ("channel", "SMS", "sms", True),
                ("channel", "Phone", "phone", False),
                ("thought", "Is it ready? Do I send a driver or not?"),
                ("pain", "pp-status", "No status update during the repair", "critical", "constant",
                 ["I called three times before noon to find out if the van was ready.",
                  "They said 4 o'clock. At 5 they told me it would be tomorrow.",
                  "My driver waited an hour at the counter."]),
                ("pain", "pp-parts", "Waiting for parts nobody mentioned at booking", "high", "frequent",
                 ["Van off the road for four days because a part had to come from the central warehouse."]),
                ("pain", "pp-explain", "Technician's findings poorly explained", "medium", "occasional",
                 ["They said 'the bushings are gone' and wanted 600 euros. I had no idea what that meant."]),
                ("opp", "op-tracker", "Live repair tracker with photos and SMS", "technology", ["pp-status"]),
                ("opp", "op-partscheck", "Parts availability check at booking", "process", ["pp-parts"]),
                ("opp", "op-explain", "Technicians coached to explain findings, with a short video", "people", ["pp-explain"]),
                ("back", "Workshop planning on a whiteboard in each dealership", "service"),
                ("back", "Parts ordered from the central warehouse, next-day delivery", "service"),
                ("metric", "First-time fix rate 87%"),
                ("metric", "CSAT workshop visit 3.9 / 5"),
            ],
            "Retention": [
                ("action", "Checks the invoice against the quote"),
                ("action", "Disputes a charge"),
                ("action", "Decides where to book next time"),
                ("touch", "Invoice", "email", True, "finance", 4.1, 8.0, ""),
                ("touch", "Complaint handling", "phone", False, "care", 3.6, 7.5, ""),
                ("touch", "Fleet account manager", "in_person", False, None, 5.0, 8.0,
                 "Role exists at 3 of 12 dealerships; Sales and Service each think the other owns it."),
                ("channel", "Email", "email", True),
                ("channel", "Phone", "phone", False),
                ("thought", "Second time this quarter the invoice doesn't match the quote."),
                ("pain", "pp-invoice", "Invoice does not match the approved quote", "high", "frequent",
                 ["I approved 420 euros, the invoice said 610. Nobody could explain the difference.",
                  "Every invoice has to be checked line by line, it costs me an hour a week."]),
                ("pain", "pp-complaints", "Complaints take three weeks to resolve", "high", "occasional",
                 ["Complaint filed in March, answer in April, and only after I threatened to leave."]),
                ("pain", "pp-nocontact", "No single contact for the fleet account", "critical", "frequent",
                 ["Every time I call I get someone new who knows nothing about our contract.",
                  "I'd pay more for one person who knows my fleet."]),
                ("opp", "op-invoicecheck", "Invoice checked against the approved quote before sending", "process", ["pp-invoice"]),
                ("opp", "op-complaintowner", "Complaint owner from first call to closure within 2 days", "people", ["pp-complaints"]),
                ("back", "Invoices generated from the dealer management system", "finance"),
                ("back", "Complaints logged in a spreadsheet per dealership", "care"),
                ("metric", "Fleet account retention 84%"),
                ("metric", "Complaints per 100 visits 4.2"),
            ],
            "Advocacy": [
                ("action", "Renews the fleet service agreement"),
                ("action", "Recommends the workshop to a supplier"),
                ("touch", "Annual fleet review", "in_person", False, "sales", 5.5, 8.0, ""),
                ("touch", "Fleet NPS survey", "email", True, "marketing", 5.0, 7.0, ""),
                ("channel", "Meeting", "in_person", False),
                ("channel", "Email", "email", True),
                ("thought", "They're fine, but I'd switch for better uptime."),
                ("pain", "pp-review", "Annual review is a sales pitch, not a look at uptime", "medium", "occasional",
                 ["The annual review was a brochure for new vans. Nobody looked at how often mine were off the road."]),
                ("opp", "op-uptime", "Uptime report as the core of the annual fleet review", "process", ["pp-review"]),
                ("back", "Fleet desk compiles the review from three systems", "sales"),
                ("metric", "Fleet NPS +8"),
            ],
        },
        "relates": [("pp-status", "Repair status update"), ("pp-phonelines", "sb-phone"),
                    ("pp-invoice", "Invoice")],
    },
    {
        "name": "Online leasing",
        "persona": "family",
        "description": (
            "Private lease bought fully online: configurator, credit check, e-signature and home "
            "delivery. Launched in March 2025; one in five private lease contracts now starts "
            "online. Built from web analytics, 220 abandoned-application call-backs and the "
            "leasing questions of the 2025-2026 survey."),
        "stages": [
            (1, 2, "Tempted by the low monthly price"),
            (0, 2, "Unsure what is included"),
            (-2, 2, "Stuck in the credit check"),
            (0, 1, "Fine until something needs fixing"),
            (0, 2, "Would lease again if renewal is easy"),
        ],
        "cards": {
            "Awareness": [
                ("action", "Sees a 'from EUR 329 a month' ad"),
                ("action", "Opens the lease configurator"),
                ("touch", "Lease offer landing page", "web", True, "marketing", 6.5, 8.0, ""),
                ("touch", "Price comparison site listing", "web", True, None, 5.0, 7.0,
                 "Listings fed by the leasing partner; nobody at Northwind checks them."),
                ("channel", "Website", "web", True),
                ("channel", "Social media", "social", True),
                ("thought", "329 a month sounds good. What's the catch?"),
                ("pain", "pp-baseprice", "Advertised price is for the base model at 10,000 km a year", "medium", "frequent",
                 ["The 329 turned into 455 as soon as I picked a normal mileage and a colour."]),
                ("opp", "op-realprice", "Advertise a realistic example: 15,000 km, the most popular trim", "process", ["pp-baseprice"]),
                ("back", "Lease offers synced weekly from the leasing partner", "marketing"),
                ("metric", "Ad click-through 1.8%"),
            ],
            "Consideration": [
                ("action", "Configures car, mileage and term"),
                ("action", "Compares leasing with financing"),
                ("action", "Chats with an advisor"),
                ("touch", "Lease configurator", "web", True, "finance", 6.0, 8.5, ""),
                ("touch", "Live chat", "chat", True, "care", 7.4, 8.5, ""),
                ("touch", "Test drive booking", "web", True, "sales", 4.6, 8.0,
                 "Same web form as the purchase journey."),
                ("channel", "Website", "web", True),
                ("channel", "Chat", "chat", True),
                ("thought", "What happens if I drive more than 15,000 km?"),
                ("pain", "pp-smallprint", "Excess-mileage and damage charges hard to find", "high", "frequent",
                 ["I had to read a 14-page PDF to find what an extra kilometre costs.",
                  "Nobody told me about the return inspection until I asked."]),
                ("pain", "pp-chatblind", "Chat advisors can't see the customer's configuration", "medium", "occasional",
                 ["I had to type out my whole configuration for the chat person."]),
                ("opp", "op-summary", "Plain-language 'what you pay, when' summary before applying", "process", ["pp-smallprint"]),
                ("opp", "op-sharecfg", "Share the configuration with the chat advisor in one click", "technology", ["pp-chatblind"]),
                ("back", "Lease rates from the partner API, updated nightly", "finance"),
                ("metric", "Configurator completion rate 22%"),
                ("metric", "CES configurator 4.6 / 7"),
            ],
            "Purchase": [
                ("action", "Uploads ID and payslips"),
                ("action", "Waits for the credit decision"),
                ("action", "Signs the contract online"),
                ("action", "Receives the car at home"),
                ("touch", "Online credit check", "web", True, "finance", 3.9, 8.0, ""),
                ("touch", "E-signature", "web", True, "finance", 7.5, 8.5, ""),
                ("touch", "Home delivery", "in_person", False, "sales", 8.2, 9.0, ""),
                ("channel", "Website", "web", True),
                ("channel", "Email", "email", True),
                ("channel", "At home", "in_person", False),
                ("thought", "Three days and still 'pending'. Did they lose my payslips?"),
                ("pain", "pp-credit", "Credit decision takes 3-5 days with no status", "critical", "frequent",
                 ["Status 'pending' for four days. I leased from a competitor in the meantime.",
                  "No email, no call, nothing. Just 'we are processing your application'."]),
                ("pain", "pp-upload", "Document upload fails on mobile", "high", "frequent",
                 ["Tried to upload my payslip four times on my phone, then gave up and emailed it."]),
                ("opp", "op-precheck", "Instant credit pre-check with a live status page", "technology", ["pp-credit"]),
                ("opp", "op-upload", "Mobile-friendly document upload with photo capture", "technology", ["pp-upload"]),
                ("opp", "op-delivery", "Delivery drivers trained to do a full handover", "people", []),
                ("back", "Manual credit review by the partner bank", "finance"),
                ("back", "Delivery slots planned by phone with the logistics partner", "sales"),
                ("metric", "Application-to-contract conversion 41%"),
                ("metric", "Time to credit decision 3.4 days"),
            ],
            "Retention": [
                ("action", "Books the first service through the leasing portal"),
                ("action", "Reports minor damage"),
                ("touch", "Leasing portal", "web", True, "finance", 5.2, 8.0, ""),
                ("touch", "Service booking via lease", "phone", False, "service", 5.8, 8.0, ""),
                ("channel", "Website", "web", True),
                ("channel", "Phone", "phone", False),
                ("thought", "Do I call the dealer or the leasing company?"),
                ("pain", "pp-whocall", "Unclear whether to call the dealer or the leasing company", "high", "frequent",
                 ["The leasing company sent me to the dealer, the dealer sent me back.",
                  "Three phone numbers in the welcome pack and none of them was right."]),
                ("opp", "op-onenumber", "One number for lease customers, routed by Customer Care", "process", ["pp-whocall"]),
                ("back", "Lease contracts not visible in the CRM", "care"),
                ("metric", "Lease customer CSAT 3.8 / 5"),
            ],
            "Advocacy": [
                ("action", "Receives the renewal offer"),
                ("action", "Tells colleagues about leasing online"),
                ("touch", "Lease-end renewal offer", "email", True, "finance", 4.0, 8.0, ""),
                ("touch", "End-of-lease inspection", "in_person", False, "service", 4.4, 7.5, ""),
                ("channel", "Email", "email", True),
                ("channel", "Dealership", "store", False),
                ("thought", "Will they charge me for every scratch when I hand it back?"),
                ("pain", "pp-renewal", "Renewal offer arrives too late to compare", "high", "occasional",
                 ["The renewal letter came five weeks before the end. No time to compare anything."]),
                ("pain", "pp-damage", "Surprise damage charges at return", "high", "occasional",
                 ["Charged 780 euros for 'wear' I'd call normal use. No photos, no discussion."]),
                ("opp", "op-renewal", "Renewal conversation 6 months before the lease ends", "process", ["pp-renewal"]),
                ("opp", "op-preinspect", "Pre-inspection with photos 3 months before return", "process", ["pp-damage"]),
                ("back", "Lease-end list exported monthly from the partner system", "finance"),
                ("metric", "Lease renewal rate 48%"),
            ],
        },
        "relates": [("pp-credit", "Online credit check"), ("pp-whocall", "Leasing portal")],
    },
]

# Initiatives: title, description, dimension, department key, owner, status, start, end, cost (EUR),
# effort (person-days), metric, expected change, links [(kind, ref)], where ref is
#   card: (map name, card key)   stage: (map name, stage name)   org_goal / department_goal: key
INITIATIVES = [
    ("Real-time test-drive booking",
     "Show live test-drive slots from each dealership's calendar on the website and confirm by SMS; "
     "web requests without a slot go to a named consultant with a one-hour deadline.",
     "technology", "care", "Jonas Weber", "in_progress", "2026-Q1", "2026-Q3", 85000, 120, "conversion", 4,
     [("card", ("New car purchase", "pp-testdrive")), ("card", ("New car purchase", "td-web")),
      ("org_goal", "online"), ("department_goal", "sales-enquiry")]),
    ("All-in pricing on the website and configurator",
     "Every price shown online includes delivery, registration and preparation fees; the same "
     "calculation feeds the showroom quote.",
     "technology", "marketing", "Aisha Rahman", "in_progress", "2026-Q1", "2026-Q3", 60000, 90, "nps", 3,
     [("card", ("New car purchase", "pp-fees")), ("card", ("New car purchase", "pp-orderfees")),
      ("org_goal", "nps")]),
    ("Order tracker with milestone messages",
     "Factory order status pulled from the importer portal; customers get a message at every "
     "milestone and a call from their consultant when a date slips.",
     "technology", "care", "Lena Fischer", "planned", "2026-Q3", "2027-Q1", 140000, 200, "csat", 6,
     [("card", ("New car purchase", "pp-noupdate")), ("stage", ("New car purchase", "Purchase"))]),
    ("Live repair tracker",
     "Status messages at reception, diagnosis and ready-for-collection, with photos of the findings "
     "and online approval of extra work.",
     "technology", "service", "Tom Becker", "in_progress", "2026-Q2", "2027-Q1", 180000, 260, "nps", 8,
     [("card", ("Service visit", "pp-status")), ("department_goal", "service-updates"),
      ("org_goal", "retention")]),
    ("One customer record (CRM integration)",
     "Connect the dealer management system, the leasing partner and the contact centre to one "
     "customer record that every customer-facing employee sees.",
     "technology", "care", "Lena Fischer", "in_progress", "2026-Q1", "2027-Q2", 420000, 600, "retention", 3,
     [("department_goal", "care-record"), ("org_goal", "nps"), ("org_goal", "retention"),
      ("card", ("Online leasing", "pp-chatblind"))]),
    ("Instant credit pre-check",
     "Soft credit pre-check in minutes with the partner bank, and a live status page for every "
     "application.",
     "technology", "finance", "Daniel Osei", "planned", "2026-Q4", "2027-Q2", 95000, 140, "conversion", 8,
     [("card", ("Online leasing", "pp-credit")), ("department_goal", "fin-credit"), ("org_goal", "online")]),
    ("Mobile document upload",
     "Photo capture of ID and payslips on phones, with automatic checks before submission.",
     "technology", "care", "Jonas Weber", "done", "2026-Q1", "2026-Q2", 25000, 30, "ces", 0.4,
     [("card", ("Online leasing", "pp-upload"))]),
    ("Online fleet booking with courtesy vans",
     "Fleet customers book several vehicles at once online and see courtesy-van availability.",
     "technology", "service", "Priya Nair", "in_progress", "2026-Q2", "2026-Q4", 70000, 100, "ces", 0.6,
     [("card", ("Service visit", "pp-phonelines")), ("card", ("Service visit", "pp-courtesy")),
      ("stage", ("Service visit", "Consideration"))]),
    ("Mileage-based service reminders",
     "Reminders triggered by connected-car mileage or the last odometer reading instead of a fixed "
     "date; marketing emails suppressed in the month a service is due.",
     "technology", "service", "Tom Becker", "planned", "2027-Q1", "2027-Q2", 45000, 70, "retention", 2,
     [("card", ("New car purchase", "pp-emails")), ("org_goal", "aftersales")]),
    ("Owner app relaunch",
     "Service booking, documents, repair tracker and the referral programme in one app for owners "
     "and lessees.",
     "technology", "care", "Jonas Weber", "planned", "2027-Q2", "2027-Q4", 320000, 450, "retention", 3,
     [("stage", ("New car purchase", "Advocacy")), ("department_goal", "mkt-referral")]),
    ("Fleet uptime dashboard",
     "Monthly report of days off the road per vehicle for every fleet account, as the basis of the "
     "annual review.",
     "technology", None, "", "idea", None, None, None, None, "retention", 2,
     [("card", ("Service visit", "pp-review")), ("org_goal", "retention")]),
    ("Service booking chatbot",
     "Chatbot on the website for service bookings. Dropped after the pilot: customers asked for "
     "slots and prices, which the bot could not see.",
     "technology", "care", "Jonas Weber", "dropped", "2026-Q1", "2026-Q2", 30000, 40, "ces", 0.3,
     [("stage", ("Service visit", "Consideration"))]),
    ("Straight-talk selling: training for sales consultants",
     "Two-day training on needs-based advice and all-in quoting for all 140 sales consultants, "
     "with mystery-shopping follow-up.",
     "people", "sales", "Marta Kowalski", "done", "2026-Q1", "2026-Q2", 40000, 80, "nps", 4,
     [("card", ("New car purchase", "pp-upsell")), ("org_goal", "nps")]),
    ("Technician coaching: explaining findings",
     "Coaching for technicians and service advisors on explaining repairs in plain words, with a "
     "60-second video of the finding sent to the customer.",
     "people", "service", "Tom Becker", "in_progress", "2026-Q2", "2026-Q4", 35000, 60, "csat", 5,
     [("card", ("Service visit", "pp-explain")), ("department_goal", "service-ftf")]),
    ("Complaint ownership and goodwill authority",
     "Whoever takes a complaint owns it until it is closed; front-line staff may grant goodwill up "
     "to EUR 250 without sign-off.",
     "people", "care", "Lena Fischer", "in_progress", "2026-Q2", "2026-Q3", 15000, 40, "retention", 2,
     [("card", ("Service visit", "pp-complaints")), ("department_goal", "care-fcr")]),
    ("Customer feedback in the bonus scheme",
     "From 2027, 30% of the variable pay of sales and service staff depends on NPS and workshop "
     "retention of their customers, not on volume alone.",
     "people", None, "Henrik Dahl", "planned", "2026-Q4", "2027-Q1", 20000, 50, "nps", 5,
     [("org_goal", "nps"), ("org_goal", "repeat")]),
    ("Technician academy and career path",
     "Apprenticeships with two vocational schools, certified career steps and paid training time "
     "for technicians.",
     "people", "service", "Priya Nair", "planned", "2027-Q1", "2027-Q4", 250000, 300, "", None,
     [("org_goal", "employer"), ("stage", ("Service visit", "Purchase"))]),
    ("Binding 14-day trade-in offer",
     "The online valuation becomes a binding offer for 14 days, subject to a short inspection "
     "checklist.",
     "process", "sales", "Marta Kowalski", "in_progress", "2026-Q2", "2026-Q3", 10000, 30, "conversion", 3,
     [("card", ("New car purchase", "pp-tradein"))]),
    ("Invoice checked against the quote",
     "No invoice leaves the workshop without a check against the approved quote; differences need "
     "the customer's recorded approval.",
     "process", "finance", "Daniel Osei", "done", "2026-Q1", "2026-Q2", 5000, 20, "csat", 4,
     [("card", ("Service visit", "pp-invoice"))]),
    ("Lease-end conversation 6 months ahead",
     "A personal renewal conversation 6 months before the lease ends, with a pre-inspection and "
     "an offer to compare.",
     "process", "finance", "Daniel Osei", "planned", "2026-Q4", "2027-Q2", 20000, 45, "retention", 4,
     [("card", ("Online leasing", "pp-renewal")), ("card", ("Online leasing", "pp-damage")),
      ("department_goal", "fin-renewal"), ("org_goal", "repeat")]),
    ("Parts availability check at booking",
     "Check parts for the booked job at the time of booking and order ahead, so the van is not "
     "kept waiting for parts.",
     "process", "service", "Priya Nair", "idea", None, None, None, 25, "csat", 3,
     [("card", ("Service visit", "pp-parts"))]),
]

METRIC_TARGETS = [
    ("nps", "", 40, 35),
    ("csat", "", 85, 80),
    ("ces", "", 5.5, 5.2),
    ("retention", "", 88, 85),
    ("nps", "Retention", 25, 20),
]

AUTHORS = ["Eva Lindqvist", "Samuel Okafor", "Hannah Schmidt"]

# ---------------------------------------------------------------------------------------------
# Survey model

SURVEY_FILE = "northwind-survey-2025-2026.csv"
SURVEY_IMPORTED_AT = "2026-10-05T09:30:00Z"
SURVEY_REJECTED = 4
N_RESPONSES = 2400
MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 10)]

SEGMENTS = [("Private", 0.58, 3.0), ("Used car", 0.26, -2.0), ("Fleet", 0.16, -8.0)]
STAGE_MIX = {  # segment -> stage weights
    "Private": {"Awareness": 3, "Consideration": 11, "Purchase": 38, "Retention": 37, "Advocacy": 11},
    "Used car": {"Awareness": 3, "Consideration": 12, "Purchase": 40, "Retention": 36, "Advocacy": 9},
    "Fleet": {"Awareness": 2, "Consideration": 10, "Purchase": 28, "Retention": 50, "Advocacy": 10},
}
STAGE_NPS_OFFSET = {"Awareness": 4, "Consideration": 0, "Purchase": 12, "Retention": -12, "Advocacy": 14}
# Which maps a segment's touchpoints come from, with weights.
SEGMENT_MAPS = {
    "Private": [("New car purchase", 0.6), ("Online leasing", 0.3), ("Service visit", 0.1)],
    "Used car": [("New car purchase", 0.8), ("Service visit", 0.2)],
    "Fleet": [("Service visit", 0.85), ("New car purchase", 0.15)],
}
UNKNOWN_TOUCHPOINTS = ["Roadside assistance", "Tyre storage", "Car wash voucher", "Dealer open day"]

COMMENTS = {
    ("promoter", "Purchase"): [
        "Handover was brilliant, Kevin took an hour to show us everything.",
        "Fair trade-in price and no haggling. We'll be back.",
        "Car arrived a week early and they called to tell us.",
        "Very clear about the monthly cost, no surprises at signing.",
        "Leased online in two evenings, delivered to our door.",
        "Van back the same afternoon, exactly as promised.",
    ],
    ("promoter", "Retention"): [
        "Picked up and returned my van the same day. Exactly what I need.",
        "Service advisor called before I had to chase. Great.",
        "Fixed price for the service was the price I paid.",
        "Courtesy car ready and waiting, in and out in five minutes.",
        "They explained the repair with a video. First time I understood what I paid for.",
    ],
    ("promoter", "other"): [
        "Test drive with the child seat fitted, that sold it for us.",
        "Honest advice, they talked us out of the more expensive trim.",
        "Already recommended you to my brother-in-law.",
        "Chat advisor knew the answer straight away.",
        "Quick answer to my online request, test drive the next day.",
    ],
    ("passive", "any"): [
        "Good car, but the delivery date moved twice.",
        "Fine overall. The paperwork took far too long.",
        "Service was OK but I waited 40 minutes at reception.",
        "Friendly people, but I had to call to find out if the car was ready.",
        "The website price and the showroom price were not the same.",
        "Decent, nothing special. The app is clunky.",
        "Invoice was correct this time, which is an improvement.",
        "Credit check took longer than promised.",
        "OK, but nobody has contacted us since we bought the car.",
    ],
    ("detractor", "Purchase"): [
        "Three days waiting for a credit decision and nobody could tell me why.",
        "Fees on the contract that were never in the quote.",
        "Nobody told us the car was delayed until we called.",
        "Trade-in offer dropped by 1,200 euros once we were at the desk.",
        "Upload of my payslip failed four times on my phone.",
        "Van off the road for four days waiting for a part. Nobody called.",
        "Called three times to get a status update on the repair.",
    ],
    ("detractor", "Retention"): [
        "Invoice 180 euros higher than the quote I approved.",
        "Complaint still open after three weeks.",
        "Since buying the car nobody has contacted us, except to sell us something.",
        "Couldn't get through on the phone on Monday morning, gave up.",
        "Warranty claim bounced between sales and the workshop.",
        "Different person every time I call, nobody knows our fleet.",
        "Charged for damage at the end of the lease that I'd call normal wear.",
    ],
    ("detractor", "other"): [
        "Booked a test drive online, never heard back. Bought elsewhere.",
        "Felt pushed towards the top model.",
        "Too many emails, none of them useful.",
        "Advertised price was for a car nobody would buy.",
        "The annual review was just a sales pitch for new vans.",
    ],
}


# ---------------------------------------------------------------------------------------------
# Building the workspace

def empty_card(stage_uid, lane_uid, kind, title, notes=""):
    return {"uid": new_uid(), "stage": stage_uid, "lane": lane_uid, "kind": kind, "title": title,
            "notes": notes, "channel": None, "online": None, "department": None,
            "current_score": None, "target_score": None, "severity": None, "frequency": None,
            "evidence": "", "dimension": None}


class MapBuilder:
    def __init__(self, spec, persona_uids, dept_uids):
        self.spec = spec
        self.dept_uids = dept_uids
        self.lanes = lane_objects(with_uid=True)
        self.lane_uid = {l["kind"]: l["uid"] for l in self.lanes}
        self.stages = []
        for i, (name, (as_is, to_be, feeling)) in enumerate(zip(DEFAULT_STAGES, spec["stages"])):
            self.stages.append({"uid": new_uid(), "name": name, "color": STAGE_COLORS[i],
                                "emotion_as_is": as_is, "emotion_to_be": to_be, "feeling": feeling})
        self.stage_uid = {s["name"]: s["uid"] for s in self.stages}
        self.cards = []
        self.keys = {}  # key (explicit key or title) -> card uid
        self.pending_addresses = []  # (pain key, opportunity uid)
        for stage_name in DEFAULT_STAGES:
            for row in spec["cards"].get(stage_name, []):
                self.add(stage_name, row)
        self.links = []
        for pain_key, opp_uid in self.pending_addresses:
            self.links.append({"uid": new_uid(), "from": self.keys[pain_key], "to": opp_uid,
                               "kind": "addresses"})
        for a, b in spec.get("relates", []):
            self.links.append({"uid": new_uid(), "from": self.keys[a], "to": self.keys[b],
                               "kind": "relates"})
        # Display order: stage by stage, lane by lane, entry order within a cell.
        stage_pos = {s["uid"]: i for i, s in enumerate(self.stages)}
        lane_pos = {l["uid"]: i for i, l in enumerate(self.lanes)}
        self.cards.sort(key=lambda c: (stage_pos[c["stage"]], lane_pos[c["lane"]]))
        self.obj = {"uid": new_uid(), "name": spec["name"],
                    "persona": persona_uids.get(spec["persona"]) if spec["persona"] else None,
                    "description": spec["description"], "lanes": self.lanes, "stages": self.stages,
                    "cards": self.cards, "links": self.links}

    def _card(self, stage, kind, title, notes="", key=None):
        card = empty_card(self.stage_uid[stage], self.lane_uid[LANE_OF_KIND[kind]], kind, title, notes)
        self.cards.append(card)
        k = key or title
        if k in self.keys:
            raise SystemExit(f"{self.spec['name']}: card key {k!r} used twice; give it an explicit key")
        self.keys[k] = card["uid"]
        return card

    def add(self, stage, row):
        tag = row[0]
        if tag == "action":
            self._card(stage, "action", row[1])
        elif tag == "thought":
            self._card(stage, "thought", row[1])
        elif tag == "metric":
            self._card(stage, "metric", row[1])
        elif tag == "channel":
            _, title, channel, online = row
            c = self._card(stage, "channel", title, key=f"{stage}/channel/{title}")
            c["channel"], c["online"] = channel, online
        elif tag == "touch":
            key = None
            if len(row) == 9:  # explicit key first
                key, row = row[1], (row[0],) + row[2:]
            _, title, channel, online, dept, current, target, notes = row
            c = self._card(stage, "touchpoint", title, notes, key=key)
            c["channel"], c["online"] = channel, online
            c["department"] = self.dept_uids[dept] if dept else None
            c["current_score"], c["target_score"] = float(current), float(target)
        elif tag == "pain":
            _, key, title, severity, frequency, evidence = row
            c = self._card(stage, "painpoint", title, key=key)
            c["severity"], c["frequency"] = severity, frequency
            c["evidence"] = "\n".join(evidence)
        elif tag == "opp":
            _, key, title, dimension, addresses = row
            c = self._card(stage, "opportunity", title, key=key)
            c["dimension"] = dimension
            for pain_key in addresses:
                self.pending_addresses.append((pain_key, c["uid"]))
        elif tag == "back":
            _, title, dept = row
            c = self._card(stage, "backstage", title, key=f"{stage}/backstage/{title}")
            c["department"] = self.dept_uids[dept]
        else:
            raise SystemExit(f"unknown card row {row!r}")


def as_float(value):
    """Numbers the app stores as doubles are written as such (85000.0), as its export does."""
    return None if value is None else float(value)


def build_structure():
    ws = {"format": "touchstone-workspace", "version": 1, "canvas": dict(CANVAS)}
    goal_uid = {}
    ws["org_goals"] = []
    for key, kind, title, description in ORG_GOALS:
        goal_uid[key] = new_uid()
        ws["org_goals"].append({"uid": goal_uid[key], "kind": kind, "title": title,
                                "description": description})
    ws["communication_plan"] = [
        {"uid": new_uid(), "audience": a, "message": m, "channel": c, "date": d}
        for a, m, c, d in COMMUNICATION_PLAN]
    dept_uid, dept_goal_uid = {}, {}
    ws["departments"] = []
    for key, name, leader, role, goals in DEPARTMENTS:
        dept_uid[key] = new_uid()
        goal_objs = []
        for gkey, title, description, supports in goals:
            dept_goal_uid[gkey] = new_uid()
            goal_objs.append({"uid": dept_goal_uid[gkey], "title": title, "description": description,
                              # in org-goal order, as the app stores and exports them
                              "supports": [goal_uid[k] for k, *_ in ORG_GOALS if k in supports]})
        ws["departments"].append({"uid": dept_uid[key], "name": name, "leader": leader, "role": role,
                                  "goals": goal_objs})
    persona_uid = {}
    ws["personas"] = []
    for key, name, segment, goals, needs, frustrations, quote in PERSONAS:
        persona_uid[key] = new_uid()
        ws["personas"].append({"uid": persona_uid[key], "name": name, "segment": segment, "photo": None,
                               "goals": goals, "needs": needs, "frustrations": frustrations,
                               "quote": quote})
    builders = [MapBuilder(spec, persona_uid, dept_uid) for spec in MAPS]
    ws["maps"] = [b.obj for b in builders]
    by_map = {b.spec["name"]: b for b in builders}

    ws["initiatives"] = []
    for (title, description, dimension, dept, owner, status, start, end, cost, effort, metric,
         change, links) in INITIATIVES:
        link_objs = []
        for kind, ref in links:
            if kind == "card":
                target = by_map[ref[0]].keys[ref[1]]
            elif kind == "stage":
                target = by_map[ref[0]].stage_uid[ref[1]]
            elif kind == "org_goal":
                target = goal_uid[ref]
            else:
                target = dept_goal_uid[ref]
            link_objs.append({"kind": kind, "uid": target})
        ws["initiatives"].append({
            "uid": new_uid(), "title": title, "description": description, "dimension": dimension,
            "department": dept_uid[dept] if dept else None, "owner": owner, "status": status,
            "start": start, "end": end, "cost": as_float(cost), "effort": as_float(effort),
            "metric": metric, "expected_change": as_float(change), "links": link_objs})
    return ws


# ---------------------------------------------------------------------------------------------
# Survey responses

def weighted(rng, pairs):
    """pairs: [(value, weight)]"""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def month_counts():
    weights = [1.0 + 0.35 * i / (len(MONTHS) - 1) for i in range(len(MONTHS))]
    raw = [N_RESPONSES * w / sum(weights) for w in weights]
    counts = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - counts[i], reverse=True)[:N_RESPONSES - sum(counts)]:
        counts[i] += 1
    return counts


def days_in_month(y, m):
    return (date(y + (m == 12), m % 12 + 1, 1) - date(y, m, 1)).days


def touchpoint_pools(ws):
    """map name -> stage name -> [(title, mean current score)] of its touchpoint cards."""
    pools = {}
    for m in ws["maps"]:
        stage_name = {s["uid"]: s["name"] for s in m["stages"]}
        scores = defaultdict(list)
        for c in m["cards"]:
            if c["kind"] == "touchpoint":
                scores[(stage_name[c["stage"]], c["title"])].append(c["current_score"])
        per_stage = defaultdict(list)
        for (stage, title), vals in scores.items():
            per_stage[stage].append((title, sum(vals) / len(vals)))
        pools[m["name"]] = per_stage
    return pools


def nps_score(rng, category):
    if category == "promoter":
        return weighted(rng, [(9, 45), (10, 55)])
    if category == "passive":
        return weighted(rng, [(7, 45), (8, 55)])
    return weighted(rng, [(0, 3), (1, 2), (2, 3), (3, 5), (4, 7), (5, 11), (6, 14)])


def build_survey(ws):
    rng = DATA_RNG
    import_uid = new_uid()
    pools = touchpoint_pools(ws)
    counts = month_counts()
    customer_numbers = rng.sample(range(100000, 1000000), N_RESPONSES)
    segment_pairs = [(name, share) for name, share, _ in SEGMENTS]
    segment_offset = {name: off for name, _, off in SEGMENTS}
    # Centre the stage offsets so the overall trend stays near the intended +15 .. +35.
    overall_stage_mix = Counter()
    for name, share, _ in SEGMENTS:
        total = sum(STAGE_MIX[name].values())
        for stage, w in STAGE_MIX[name].items():
            overall_stage_mix[stage] += share * w / total
    stage_centre = sum(overall_stage_mix[s] * STAGE_NPS_OFFSET[s] for s in overall_stage_mix)

    rows = []
    idx = 0
    for month_index, ((year, month), count) in enumerate(zip(MONTHS, counts)):
        base = 12.0 + 26.0 * month_index / (len(MONTHS) - 1)
        recent = month_index >= len(MONTHS) - 3  # outcome not yet known for many of these
        # Stratified uniforms for the NPS category draw: each month's mix of promoters, passives
        # and detractors follows the model closely, so the trend is not drowned by sampling noise.
        strata = [(k + rng.random()) / count for k in range(count)]
        rng.shuffle(strata)
        for u in strata:
            segment = weighted(rng, segment_pairs)
            stage = weighted(rng, list(STAGE_MIX[segment].items()))
            map_name = weighted(rng, SEGMENT_MAPS[segment])
            pool = pools[map_name].get(stage, [])
            r = rng.random()
            if r < 0.04 or not pool:
                touchpoint, tp_offset = "", 0.0
            elif r < 0.06:
                touchpoint, tp_offset = rng.choice(UNKNOWN_TOUCHPOINTS), 0.0
            else:
                touchpoint, score = rng.choice(pool)
                tp_offset = (score - 5.5) * 2.5
            nps_target = (base + STAGE_NPS_OFFSET[stage] - stage_centre + segment_offset[segment]
                          + tp_offset + rng.gauss(0, 4))
            n = max(-0.6, min(0.8, nps_target / 100.0))
            passive_share = 0.30
            p_pro = (1 - passive_share + n) / 2
            p_det = (1 - passive_share - n) / 2
            category = "promoter" if u < p_pro else "passive" if u < p_pro + passive_share else "detractor"
            nps = nps_score(rng, category)
            csat = max(1, min(5, round(1.2 + 0.38 * nps + rng.gauss(0, 0.65))))
            ces = max(1, min(7, round(1.6 + 0.45 * nps + rng.gauss(0, 0.9))))
            if rng.random() < 0.07:
                csat = None
            if rng.random() < 0.08:
                ces = None
            if rng.random() < (0.22 if recent else 0.03):
                retained = None
            else:
                p_ret = {"promoter": 0.935, "passive": 0.825, "detractor": 0.48 if nps <= 3 else 0.62}[category]
                retained = rng.random() < p_ret
            if retained is None:
                expansion = None
            elif not retained:
                expansion = False
            else:
                expansion = rng.random() < {"promoter": 0.20, "passive": 0.10, "detractor": 0.04}[category]
            if rng.random() < 0.05:
                referral = None
            else:
                referral = rng.random() < {"promoter": 0.28, "passive": 0.07, "detractor": 0.01}[category]
            comment = ""
            if rng.random() < 0.15:
                if category == "passive":
                    options = COMMENTS[("passive", "any")]
                else:
                    options = COMMENTS.get((category, stage)) or COMMENTS[(category, "other")]
                comment = rng.choice(options)
            day = rng.randint(1, days_in_month(year, month))
            rows.append({
                "uid": None, "import": import_uid,
                "customer_id": f"NW-{customer_numbers[idx]}",
                "date": f"{year:04d}-{month:02d}-{day:02d}",
                "nps": nps, "csat": csat, "ces": ces, "stage": stage, "touchpoint": touchpoint,
                "segment": segment, "retained": retained, "expansion": expansion,
                "referral": referral, "comment": comment})
            idx += 1
    rows.sort(key=lambda r: r["date"])  # the export is in date order
    for r in rows:
        r["uid"] = new_uid()
    survey = {"imports": [{"uid": import_uid, "file": SURVEY_FILE, "imported_at": SURVEY_IMPORTED_AT,
                           "rows": len(rows), "rejected": SURVEY_REJECTED}],
              "responses": rows}
    return survey


def build_workspace():
    ws = build_structure()
    ws["survey"] = build_survey(ws)
    ws["metric_targets"] = [{"uid": new_uid(), "metric": m, "scope": s, "target": float(t),
                             "benchmark": as_float(b)}
                            for m, s, t, b in METRIC_TARGETS]
    ws["authors"] = [{"uid": new_uid(), "name": n} for n in AUTHORS]
    ws["reviews"] = []
    ws["snapshots"] = []
    return ws


# ---------------------------------------------------------------------------------------------
# Templates

def template_stages(emotions):
    out = []
    for i, name in enumerate(DEFAULT_STAGES):
        as_is, to_be, feeling = emotions[i] if emotions else (None, None, "")
        out.append({"name": name, "color": STAGE_COLORS[i], "emotion_as_is": as_is,
                    "emotion_to_be": to_be, "feeling": feeling})
    return out


def tcard(stage, kind, title, **fields):
    card = {"stage": stage, "lane": LANE_OF_KIND[kind], "kind": kind, "title": title}
    card.update(fields)
    return card


def tp(stage, title, channel, online):
    return tcard(stage, "touchpoint", title, channel=channel, online=online)


def pp(stage, title, severity, frequency):
    return tcard(stage, "painpoint", title, severity=severity, frequency=frequency)


def op(stage, title, dimension):
    return tcard(stage, "opportunity", title, dimension=dimension)


TEMPLATES = {
    "blank": ("Blank map",
              "The five default stages and all nine lanes, with no cards.",
              None, []),
    "b2c-retail": (
        "B2C retail",
        "A shopper buying in store and online: discovery, product research, checkout, delivery "
        "and returns, loyalty programme and reviews.",
        [(1, 2, "Inspired"), (0, 1, "Comparing"), (-1, 2, "Impatient at checkout"),
         (-1, 1, "Anxious about delivery and returns"), (0, 2, "Pleased, would share")],
        [
            tcard("Awareness", "action", "Sees a social post or a promotion"),
            tp("Awareness", "Social media ads", "social", True),
            tcard("Consideration", "action", "Compares prices and reads reviews"),
            tp("Consideration", "Product page", "web", True),
            tp("Consideration", "Store visit", "store", False),
            tcard("Consideration", "thought", "Is it cheaper somewhere else?"),
            pp("Consideration", "Stock shown online is not in the store", "high", "frequent"),
            op("Consideration", "Real-time store stock on the product page", "technology"),
            tp("Purchase", "Checkout", "web", True),
            pp("Purchase", "Queues at the tills at peak hours", "medium", "frequent"),
            op("Purchase", "Staff rostered on footfall, mobile tills", "people"),
            tp("Retention", "Delivery tracking", "sms", True),
            tp("Retention", "Returns", "store", False),
            pp("Retention", "Refund takes two weeks", "high", "occasional"),
            tcard("Retention", "backstage", "Returns handled by the warehouse, not the store"),
            tp("Advocacy", "Loyalty programme", "app", True),
            tcard("Advocacy", "metric", "Repeat purchase rate within 90 days"),
        ]),
    "subscription-software": (
        "Subscription software (SaaS)",
        "A business customer of a subscription product: trial, onboarding, adoption, renewal "
        "and expansion.",
        [(1, 2, "Hopeful"), (0, 2, "Evaluating carefully"), (-1, 2, "Overwhelmed by set-up"),
         (0, 2, "Routine, watching value"), (1, 2, "Champion inside the company")],
        [
            tcard("Awareness", "action", "Searches for a tool to solve a team problem"),
            tp("Awareness", "Website and pricing page", "web", True),
            tp("Consideration", "Free trial sign-up", "web", True),
            tp("Consideration", "Sales demo", "event", False),
            tcard("Consideration", "thought", "Will my team actually use this?"),
            pp("Consideration", "Pricing depends on a sales call", "medium", "frequent"),
            tp("Purchase", "Onboarding emails", "email", True),
            tp("Purchase", "In-app set-up checklist", "app", True),
            pp("Purchase", "Data import fails without a clear error", "high", "frequent"),
            op("Purchase", "Guided import with validation and a sample file", "technology"),
            op("Purchase", "Onboarding call for every new account", "people"),
            tp("Retention", "Support chat", "chat", True),
            pp("Retention", "Renewal invoice arrives without warning", "high", "occasional"),
            op("Retention", "Renewal review 60 days before the term ends", "process"),
            tcard("Retention", "metric", "Logo churn per quarter"),
            tp("Advocacy", "Customer community", "social", True),
            tcard("Advocacy", "metric", "Net revenue retention"),
        ]),
    "car-dealership": (
        "Car dealership",
        "Buying, financing and servicing a car at a dealership: online research, test drive, "
        "trade-in, delivery, workshop visits and referral.",
        [(1, 2, "Curious but wary"), (-1, 2, "Overwhelmed by options"), (0, 2, "Excited, then waiting"),
         (-1, 1, "Forgotten after delivery"), (0, 2, "Would recommend the car")],
        [
            tcard("Awareness", "action", "Researches models and monthly prices online"),
            tp("Awareness", "Configurator", "web", True),
            tp("Consideration", "Test drive booking", "web", True),
            tp("Consideration", "Trade-in valuation", "in_person", False),
            tcard("Consideration", "thought", "What will it really cost per month?"),
            pp("Consideration", "Online price differs from the showroom price", "high", "frequent"),
            op("Consideration", "All-in price online and at the desk", "process"),
            tp("Purchase", "Finance application", "in_person", False),
            tp("Purchase", "Handover", "in_person", False),
            pp("Purchase", "No updates between order and delivery", "high", "constant"),
            op("Purchase", "Proactive order tracking messages", "technology"),
            tp("Retention", "Service booking", "phone", False),
            tp("Retention", "Repair status update", "sms", True),
            pp("Retention", "Invoice higher than the quote", "high", "occasional"),
            op("Retention", "Service advisors call before any promised time is missed", "people"),
            tcard("Retention", "metric", "Workshop retention after warranty"),
            tp("Advocacy", "Review request", "email", True),
        ]),
}


def build_template(name, description, emotions, cards):
    return {"format": "touchstone-map-template", "version": 1, "name": name,
            "description": description, "lanes": lane_objects(with_uid=False),
            "stages": template_stages(emotions), "cards": cards}


# ---------------------------------------------------------------------------------------------
# Self-check

UID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")

CARD_KEYS = ["uid", "stage", "lane", "kind", "title", "notes", "channel", "online", "department",
             "current_score", "target_score", "severity", "frequency", "evidence", "dimension"]
TOP_KEYS = ["format", "version", "canvas", "org_goals", "communication_plan", "departments", "personas",
            "maps", "initiatives", "survey", "metric_targets", "authors", "reviews", "snapshots"]


class Checker:
    def __init__(self):
        self.problems = []

    def require(self, ok, message):
        if not ok:
            self.problems.append(message)


def check_card_fields(chk, where, c):
    kind = c["kind"]
    chk.require(c["channel"] is None or c["channel"] in CHANNELS, f"{where}: bad channel {c['channel']!r}")
    chk.require(c["severity"] is None or c["severity"] in SEVERITIES, f"{where}: bad severity")
    chk.require(c["frequency"] is None or c["frequency"] in FREQUENCIES, f"{where}: bad frequency")
    chk.require(c["dimension"] is None or c["dimension"] in DIMENSIONS, f"{where}: bad dimension")
    for s in ("current_score", "target_score"):
        v = c[s]
        chk.require(v is None or (isinstance(v, (int, float)) and 0 <= v <= 10), f"{where}: {s} out of 0..10")
    if kind != "touchpoint":
        chk.require(c["current_score"] is None and c["target_score"] is None, f"{where}: scores on a {kind}")
    if kind not in ("touchpoint", "channel"):
        chk.require(c["channel"] is None and c["online"] is None, f"{where}: channel on a {kind}")
    if kind not in ("touchpoint", "backstage"):
        chk.require(c["department"] is None, f"{where}: department on a {kind}")
    if kind != "painpoint":
        chk.require(c["severity"] is None and c["frequency"] is None and c["evidence"] == "",
                    f"{where}: pain-point fields on a {kind}")
    if kind != "opportunity":
        chk.require(c["dimension"] is None, f"{where}: dimension on a {kind}")
    if kind == "touchpoint":
        chk.require(c["channel"] in CHANNELS and isinstance(c["online"], bool)
                    and c["current_score"] is not None and c["target_score"] is not None,
                    f"{where}: touchpoint without channel/online/scores")
    if kind == "painpoint":
        lines = c["evidence"].split("\n")
        chk.require(c["severity"] and c["frequency"] and 1 <= len(lines) <= 3 and all(lines),
                    f"{where}: pain point needs severity, frequency and 1-3 quotes")
    if kind == "opportunity":
        chk.require(c["dimension"] in DIMENSIONS, f"{where}: opportunity without a dimension")


def quarter_key(q):
    m = QUARTER_RE.match(q)
    return (int(m.group(1)), int(m.group(2))) if m else None


def check_workspace(ws):
    chk = Checker()
    req = chk.require
    req(list(ws.keys()) == TOP_KEYS, "top-level keys out of order")
    seen = set()

    def uid(obj, where):
        u = obj["uid"]
        req(isinstance(u, str) and UID_RE.match(u) is not None, f"{where}: bad uid {u!r}")
        req(u not in seen, f"{where}: uid {u} used twice")
        seen.add(u)
        return u

    org = {uid(g, f"org_goals[{i}]"): g for i, g in enumerate(ws["org_goals"])}
    for g in ws["org_goals"]:
        req(g["kind"] in GOAL_KINDS, f"org goal {g['title']}: bad kind")
    for i, c in enumerate(ws["communication_plan"]):
        uid(c, f"communication_plan[{i}]")
        req(c["date"] is None or DATE_RE.match(c["date"]), f"communication_plan[{i}]: bad date")
    depts, dept_goals = {}, {}
    supported = set()
    unlinked_dept_goals = []
    for i, d in enumerate(ws["departments"]):
        depts[uid(d, f"departments[{i}]")] = d
        req(d["leader"] and d["role"] and 2 <= len(d["goals"]) <= 3, f"department {d['name']}: leader, role, 2-3 goals")
        for j, g in enumerate(d["goals"]):
            dept_goals[uid(g, f"departments[{i}].goals[{j}]")] = g
            for s in g["supports"]:
                req(s in org, f"department goal {g['title']}: supports unknown org goal")
                supported.add(s)
            if not g["supports"]:
                unlinked_dept_goals.append(g["title"])
    unsupported_org = [g["title"] for u, g in org.items() if u not in supported]
    personas = {uid(p, f"personas[{i}]"): p for i, p in enumerate(ws["personas"])}

    cards, card_map, stages_all = {}, {}, {}
    kind_counts = Counter()
    addressed = set()
    for mi, m in enumerate(ws["maps"]):
        where = f"maps[{mi}]"
        uid(m, where)
        req(m["persona"] is None or m["persona"] in personas, f"{where}: unknown persona")
        req([l["kind"] for l in m["lanes"]] == LANE_KINDS, f"{where}: lanes not the 9 kinds in order")
        lanes = {uid(l, f"{where}.lanes[{i}]"): l for i, l in enumerate(m["lanes"])}
        names = [s["name"] for s in m["stages"]]
        req(names == DEFAULT_STAGES, f"{where}: stages are not the 5 defaults")
        req(len(set(names)) == len(names), f"{where}: duplicate stage names")
        stages = {}
        for i, s in enumerate(m["stages"]):
            stages[uid(s, f"{where}.stages[{i}]")] = s
            req(COLOR_RE.match(s["color"]) is not None, f"{where}.stages[{i}]: bad colour")
            for e in ("emotion_as_is", "emotion_to_be"):
                req(s[e] is None or (isinstance(s[e], int) and -3 <= s[e] <= 3), f"{where}.stages[{i}]: {e}")
            req(bool(s["feeling"]), f"{where}.stages[{i}]: no feeling word")
        stages_all.update(stages)
        for i, c in enumerate(m["cards"]):
            cw = f"{where}.cards[{i}] ({c['title']})"
            req(list(c.keys()) == CARD_KEYS, f"{cw}: keys out of order")
            cards[uid(c, cw)] = c
            card_map[c["uid"]] = m["uid"]
            req(c["stage"] in stages, f"{cw}: stage not in this map")
            req(c["lane"] in lanes, f"{cw}: lane not in this map")
            req(c["kind"] in CARD_KINDS, f"{cw}: bad kind")
            lane_kind = lanes[c["lane"]]["kind"] if c["lane"] in lanes else None
            req(lane_kind != "emotion", f"{cw}: card in the emotion lane")
            req(LANE_OF_KIND.get(c["kind"]) == lane_kind, f"{cw}: kind {c['kind']} in lane {lane_kind}")
            req(c["department"] is None or c["department"] in depts, f"{cw}: unknown department")
            check_card_fields(chk, cw, c)
            kind_counts[c["kind"]] += 1
        for i, k in enumerate(m["links"]):
            lw = f"{where}.links[{i}]"
            uid(k, lw)
            req(k["kind"] in LINK_KINDS, f"{lw}: bad kind")
            ok = k["from"] in cards and k["to"] in cards and card_map[k["from"]] == m["uid"] == card_map[k["to"]]
            req(ok and k["from"] != k["to"], f"{lw}: endpoints must be two cards of this map")
            if ok and k["kind"] == "addresses":
                req(cards[k["from"]]["kind"] == "painpoint" and cards[k["to"]]["kind"] == "opportunity",
                    f"{lw}: 'addresses' goes from a pain point to an opportunity")
                addressed.add(k["from"])

    dims = Counter()
    no_owner_or_dates = []
    for i, n in enumerate(ws["initiatives"]):
        w = f"initiatives[{i}] ({n['title']})"
        uid(n, w)
        req(n["dimension"] in DIMENSIONS, f"{w}: bad dimension")
        req(n["status"] in STATUSES, f"{w}: bad status")
        req(n["metric"] in METRICS, f"{w}: bad metric")
        req(n["department"] is None or n["department"] in depts, f"{w}: unknown department")
        for q in ("start", "end"):
            req(n[q] is None or QUARTER_RE.match(n[q]), f"{w}: bad {q} quarter")
            if n[q]:
                req((2026, 1) <= quarter_key(n[q]) <= (2027, 4), f"{w}: {q} outside 2026-Q1..2027-Q4")
        if n["start"] and n["end"]:
            req(quarter_key(n["start"]) <= quarter_key(n["end"]), f"{w}: ends before it starts")
        if not n["owner"] or not n["start"] or not n["end"]:
            no_owner_or_dates.append(n["title"])
        for l in n["links"]:
            target = {"card": cards, "stage": stages_all, "org_goal": org, "department_goal": dept_goals}.get(l["kind"])
            req(target is not None and l["uid"] in target, f"{w}: link to unknown {l['kind']} {l['uid']}")
            if l["kind"] == "card" and l["uid"] in cards and cards[l["uid"]]["kind"] == "painpoint" and n["status"] != "dropped":
                addressed.add(l["uid"])
        if n["status"] != "dropped":
            dims[n["dimension"]] += 1
        else:
            dims["dropped:" + n["dimension"]] += 1

    imports = {uid(i, f"survey.imports[{k}]"): i for k, i in enumerate(ws["survey"]["imports"])}
    tp_titles = {c["title"] for c in cards.values() if c["kind"] == "touchpoint"}
    stage_names = {s["name"] for s in stages_all.values()}
    unknown_tp = Counter()
    for k, r in enumerate(ws["survey"]["responses"]):
        w = f"survey.responses[{k}]"
        u = r["uid"]
        req(UID_RE.match(u) is not None and u not in seen, f"{w}: bad or duplicate uid")
        seen.add(u)
        req(r["import"] in imports, f"{w}: unknown import")
        req(DATE_RE.match(r["date"]) and "2025-01-01" <= r["date"] <= "2026-09-30", f"{w}: date")
        req(isinstance(r["nps"], int) and 0 <= r["nps"] <= 10, f"{w}: nps")
        req(r["csat"] is None or 1 <= r["csat"] <= 5, f"{w}: csat")
        req(r["ces"] is None or 1 <= r["ces"] <= 7, f"{w}: ces")
        req(r["stage"] in stage_names, f"{w}: stage {r['stage']!r} not on any map")
        if r["touchpoint"] and r["touchpoint"] not in tp_titles:
            unknown_tp[r["touchpoint"]] += 1
    for i, t in enumerate(ws["metric_targets"]):
        uid(t, f"metric_targets[{i}]")
        req(t["metric"] in ("nps", "csat", "ces", "retention", "conversion"), f"metric_targets[{i}]: metric")
        req(t["scope"] == "" or t["scope"] in stage_names, f"metric_targets[{i}]: scope")
    for i, a in enumerate(ws["authors"]):
        uid(a, f"authors[{i}]")

    # The story the demo has to tell.
    painpoints = [c for c in cards.values() if c["kind"] == "painpoint"]
    unaddressed = [c for c in painpoints if c["uid"] not in addressed]
    null_dept_tp = [c for c in cards.values() if c["kind"] == "touchpoint" and c["department"] is None]
    spread = defaultdict(lambda: defaultdict(list))
    for c in cards.values():
        if c["kind"] == "touchpoint":
            spread[c["title"].lower()][c["channel"]].append(c["current_score"])
    inconsistent = []
    for title, by_channel in spread.items():
        lows = [min(v) for v in by_channel.values()]
        highs = [max(v) for v in by_channel.values()]
        if len(by_channel) > 1 and max(highs) - min(lows) > 2.0:
            inconsistent.append(title)
    req(len(ws["maps"]) == 3, "three maps")
    req(sum(kind_counts.values()) >= 70, "at least 70 cards")
    for kind in LANE_OF_KIND:
        req(kind_counts[kind] > 0, f"no {kind} card")
        for m in ws["maps"]:
            req(any(c["kind"] == kind for c in m["cards"]), f"map {m['name']}: no {kind} card")
    req(2 <= len(unlinked_dept_goals) <= 3, f"2-3 department goals support nothing (have {len(unlinked_dept_goals)})")
    req(len(unsupported_org) >= 1, "an org goal no department goal supports")
    req(5 <= len(ws["org_goals"]) <= 6 and 4 <= len(ws["communication_plan"]) <= 6, "goals and communication plan sizes")
    req(len(ws["departments"]) == 5 and len(ws["personas"]) == 2, "5 departments, 2 personas")
    req(4 <= len(CANVAS["cx_principles"]) <= 6 and 4 <= len(CANVAS["employee_behaviours"]) <= 6, "canvas list sizes")
    req(2 <= len(unaddressed) <= 3 and any(c["severity"] in ("high", "critical") for c in unaddressed),
        f"2-3 unaddressed pain points incl. a high/critical one (have {len(unaddressed)})")
    req(2 <= len(null_dept_tp) <= 4, "a few touchpoints without a department")
    req("test drive booking" in inconsistent, "test drive booking scored very differently across channels")
    active = sum(v for k, v in dims.items() if not k.startswith("dropped"))
    req(len(ws["initiatives"]) >= 14, "14+ initiatives")
    req(dims["technology"] > active / 2 and dims["people"] >= 3 and dims["process"] >= 2, "initiative mix")
    req(1 <= len(no_owner_or_dates) <= 2, "1-2 initiatives without owner or dates")
    req(len(ws["survey"]["responses"]) == N_RESPONSES, "2,400 responses")
    req(sum(unknown_tp.values()) <= 0.05 * N_RESPONSES, "too many unknown touchpoints")
    return chk.problems, {
        "kind_counts": kind_counts, "unlinked_dept_goals": unlinked_dept_goals,
        "unsupported_org": unsupported_org, "unaddressed": [(c["title"], c["severity"]) for c in unaddressed],
        "null_dept_tp": [c["title"] for c in null_dept_tp], "inconsistent": inconsistent,
        "dims": dims, "no_owner_or_dates": no_owner_or_dates, "unknown_tp": unknown_tp,
        "links": sum(len(m["links"]) for m in ws["maps"]),
    }


def check_template(name, t):
    chk = Checker()
    req = chk.require
    req(t["format"] == "touchstone-map-template" and t["version"] == 1, f"{name}: format/version")
    req([l["kind"] for l in t["lanes"]] == LANE_KINDS, f"{name}: lanes")
    req(all("uid" not in l for l in t["lanes"]), f"{name}: lanes carry uids")
    stage_names = [s["name"] for s in t["stages"]]
    req(stage_names == DEFAULT_STAGES, f"{name}: stages")
    for s in t["stages"]:
        req(COLOR_RE.match(s["color"]) is not None, f"{name}: colour")
    for c in t["cards"]:
        w = f"{name}: card {c['title']!r}"
        req(c["stage"] in stage_names, f"{w}: stage")
        req(c["kind"] in CARD_KINDS and LANE_OF_KIND.get(c["kind"]) == c["lane"], f"{w}: kind/lane")
        req(c.get("channel") is None or c["channel"] in CHANNELS, f"{w}: channel")
        req(c.get("severity") is None or c["severity"] in SEVERITIES, f"{w}: severity")
        req(c.get("frequency") is None or c["frequency"] in FREQUENCIES, f"{w}: frequency")
        req(c.get("dimension") is None or c["dimension"] in DIMENSIONS, f"{w}: dimension")
    n = len(t["cards"])
    req(n == 0 if name == "blank" else 10 <= n <= 20, f"{name}: {n} cards")
    return chk.problems


# ---------------------------------------------------------------------------------------------
# Summary figures (computed the way docs/CLI.md defines them for `metrics`)

def nps_of(rows):
    scored = [r["nps"] for r in rows if r["nps"] is not None]
    if not scored:
        return None, 0
    pro = sum(1 for s in scored if s >= 9)
    det = sum(1 for s in scored if s <= 6)
    return 100.0 * (pro - det) / len(scored), len(scored)


def retention_of(rows):
    known = [r["retained"] for r in rows if r["retained"] is not None]
    return (100.0 * sum(known) / len(known) if known else None), len(known)


def segment_of(score):
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


def print_summary(ws, facts):
    rows = ws["survey"]["responses"]
    kc = facts["kind_counts"]
    print(f"wrote {DEMO_PATH.relative_to(ROOT)}")
    print(f"  maps {len(ws['maps'])}, cards {sum(kc.values())}, links {facts['links']}: "
          + ", ".join(f"{k} {kc[k]}" for k in LANE_OF_KIND))
    for m in ws["maps"]:
        print(f"    {m['name']}: {len(m['cards'])} cards, {len(m['links'])} links")
    d = facts["dims"]
    print(f"  org goals {len(ws['org_goals'])}, departments {len(ws['departments'])} "
          f"({sum(len(x['goals']) for x in ws['departments'])} goals), personas {len(ws['personas'])}, "
          f"initiatives {len(ws['initiatives'])} (technology {d['technology']}, people {d['people']}, "
          f"process {d['process']}, dropped {sum(v for k, v in d.items() if k.startswith('dropped'))})")
    print(f"  gaps by design: department goals supporting nothing {facts['unlinked_dept_goals']}; "
          f"unsupported org goals {facts['unsupported_org']}; unaddressed pain points {facts['unaddressed']}; "
          f"touchpoints without department {facts['null_dept_tp']}; inconsistent touchpoints "
          f"{facts['inconsistent']}; initiatives without owner or dates {facts['no_owner_or_dates']}")
    value, n = nps_of(rows)
    csat_rows = [r["csat"] for r in rows if r["csat"] is not None]
    ces_rows = [r["ces"] for r in rows if r["ces"] is not None]
    ret, nret = retention_of(rows)
    print(f"  responses {len(rows)}: NPS {value:+.1f} (n={n}), "
          f"CSAT {100.0 * sum(1 for c in csat_rows if c >= 4) / len(csat_rows):.1f}% (n={len(csat_rows)}), "
          f"CES {sum(ces_rows) / len(ces_rows):.2f} (n={len(ces_rows)}, easy "
          f"{100.0 * sum(1 for c in ces_rows if c >= 5) / len(ces_rows):.1f}%), retention {ret:.1f}% (n={nret})")
    parts = []
    for seg in ("promoter", "passive", "detractor"):
        r, k = retention_of([x for x in rows if x["nps"] is not None and segment_of(x["nps"]) == seg])
        parts.append(f"{seg} {r:.1f}% (n={k})")
    print("  retention by NPS segment: " + ", ".join(parts))
    halves = [("2025-H1", "2025-01", "2025-06"), ("2025-H2", "2025-07", "2025-12"),
              ("2026-H1", "2026-01", "2026-06"), ("2026-Q3", "2026-07", "2026-09")]
    parts = []
    for label, lo, hi in halves:
        v, k = nps_of([r for r in rows if lo <= r["date"][:7] <= hi])
        parts.append(f"{label} {v:+.1f} (n={k})")
    print("  NPS by half-year: " + ", ".join(parts))
    parts = []
    for stage in DEFAULT_STAGES:
        v, k = nps_of([r for r in rows if r["stage"] == stage])
        parts.append(f"{stage} {v:+.1f} (n={k})")
    print("  NPS by stage: " + ", ".join(parts))
    parts = []
    for seg, _, _ in SEGMENTS:
        v, k = nps_of([r for r in rows if r["segment"] == seg])
        parts.append(f"{seg} {v:+.1f} (n={k})")
    print("  NPS by segment: " + ", ".join(parts))
    comments = sum(1 for r in rows if r["comment"])
    print(f"  comments {comments} ({100.0 * comments / len(rows):.1f}%), unknown touchpoint names "
          f"{dict(facts['unknown_tp'])}")


# ---------------------------------------------------------------------------------------------

def write_json(path, obj):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(obj, indent=1, ensure_ascii=False) + "\n"
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def main():
    ws = build_workspace()
    problems, facts = check_workspace(ws)
    templates = {key: build_template(*spec) for key, spec in TEMPLATES.items()}
    for key, t in templates.items():
        problems += check_template(key, t)
    if problems:
        for p in problems:
            print("problem:", p, file=sys.stderr)
        return 1
    write_json(DEMO_PATH, ws)
    for key, t in templates.items():
        write_json(TEMPLATE_DIR / f"{key}.json", t)
    print_summary(ws, facts)
    print(f"wrote {len(templates)} templates in {TEMPLATE_DIR.relative_to(ROOT)}: "
          + ", ".join(f"{k} ({len(t['cards'])} cards)" for k, t in templates.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
