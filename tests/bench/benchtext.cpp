#include "benchtext.h"

namespace ts::bench::text {

const Bank &journeyNames()
{
    static const Bank bank = {"Broadband sign-up",
                              "Moving home",
                              "Fault repair",
                              "Billing dispute",
                              "Contract renewal",
                              "Mobile handset upgrade",
                              "Roaming abroad",
                              "Cancelling service",
                              "Small business onboarding",
                              "Engineer installation",
                              "Failed payment",
                              "Complaint escalation",
                              "Device trade-in",
                              "Family plan set-up",
                              "Prepaid top-up",
                              "Network outage",
                              "Price change notice",
                              "Loyalty rewards",
                              "Accessibility support",
                              "App self-service onboarding"};
    return bank;
}

const Bank &stageNames()
{
    static const Bank bank = {"Awareness", "Consideration", "Purchase", "Retention", "Advocacy"};
    return bank;
}

const Bank &stageColors()
{
    static const Bank bank = {"#4E79A7", "#59A14F", "#F28E2B", "#B07AA1", "#E15759"};
    return bank;
}

const Bank &stageFeelings()
{
    static const Bank bank = {"Curious but sceptical after years of broken promises from providers",
                              "Overwhelmed by near-identical plans and small print",
                              "Relieved to be done, anxious about the installation date",
                              "Settled until the first bill arrives higher than expected",
                              "Happy to recommend when things simply work"};
    return bank;
}

const Bank &cardTitles(CardKind kind)
{
    static const Bank actions = {"Searches for fibre availability at their address",
                                 "Compares three plans side by side",
                                 "Reads reviews on a comparison site",
                                 "Calls to ask about the installation window",
                                 "Enters card details at checkout",
                                 "Books an engineer slot online",
                                 "Checks the first bill against the quote",
                                 "Restarts the router as the FAQ suggests",
                                 "Asks a neighbour which provider they use",
                                 "Shares a referral code with a friend"};
    static const Bank touchpoints
        = {"Coverage checker on the website", "Plan comparison page", "Sales line (IVR and agent)",
           "Order confirmation email",        "Engineer arrival SMS", "Welcome pack in the post",
           "My Account app home screen",      "First bill PDF",       "Live chat with support",
           "Retail store consultation"};
    static const Bank channels = {"Website", "Mobile app",   "Phone",        "Email",
                                  "SMS",     "Retail store", "Social media", "Post"};
    static const Bank thoughts = {"\"Will this actually be faster than what I have now?\"",
                                  "\"Why is the price different on the phone?\"",
                                  "\"I hope they turn up this time\"",
                                  "\"Nobody told me about the activation fee\"",
                                  "\"That was easier than I expected\"",
                                  "\"I just want it to work\"",
                                  "\"Am I locked in for two years?\"",
                                  "\"They remembered me from last time\""};
    static const Bank painPoints = {"Availability checker says yes, engineer says no",
                                    "Price shown excludes line rental",
                                    "Hold time over 25 minutes at peak",
                                    "Installation window is a whole day",
                                    "Order status not visible anywhere",
                                    "First bill is pro-rated and confusing",
                                    "Has to repeat the account number to every agent",
                                    "Router set-up guide is out of date",
                                    "Cancellation only possible by phone",
                                    "Outage updates lag behind social media"};
    static const Bank opportunities
        = {"Show the all-in monthly price up front", "Two-hour installation windows with live ETA",
           "Order tracker in the app and by SMS",    "Callback instead of hold queue",
           "Explain the first bill line by line",    "Pass context between agents automatically",
           "Self-install kit with video guide",      "Proactive outage notifications by postcode",
           "Cancel or pause online in three clicks", "Reward referrals with bill credit"};
    static const Bank backstage = {"Field scheduling system assigns slots",
                                   "Credit check via third-party bureau",
                                   "Order orchestration hands off to network provisioning",
                                   "CRM case created by agent",
                                   "Billing run on the 3rd of each month",
                                   "Network operations centre monitors outages",
                                   "Retention team reviews cancellation requests",
                                   "Knowledge base maintained by Care"};
    static const Bank metrics = {"Transactional NPS after installation",
                                 "CSAT for chat conversations",
                                 "Customer effort score on sign-up",
                                 "First contact resolution rate",
                                 "Average handling time",
                                 "Repeat calls within 7 days",
                                 "Churn in first 90 days",
                                 "Conversion from coverage check to order"};
    static const Bank notes
        = {"Workshop note: revisit with the Care team",
           "Parking lot: ask Legal about contract wording", "Idea from the frontline huddle",
           "Check against last quarter's survey verbatims"};
    switch (kind) {
    case CardKind::Action:
        return actions;
    case CardKind::Touchpoint:
        return touchpoints;
    case CardKind::Channel:
        return channels;
    case CardKind::Thought:
        return thoughts;
    case CardKind::PainPoint:
        return painPoints;
    case CardKind::Opportunity:
        return opportunities;
    case CardKind::Backstage:
        return backstage;
    case CardKind::Metric:
        return metrics;
    case CardKind::Note:
        return notes;
    }
    return notes;
}

const Bank &cardNotes(CardKind kind)
{
    static const Bank customerSide
        = {"Seen in 14 of 20 interviews; strongest among first-time switchers.",
           "Customers describe this moment as the point where trust is won or lost.",
           "Mostly evenings and weekends, often on a phone while commuting.",
           "Observed in the store shadowing sessions in March; customers hesitated here.", ""};
    static const Bank companySide
        = {"Owned by the digital squad; the change backlog is reviewed every sprint.",
           "Data comes from the contact centre platform, refreshed nightly.",
           "Depends on the field scheduling vendor contract renewing in Q3.",
           "Agents report workarounds here; the process document is two years old.", ""};
    switch (kind) {
    case CardKind::Backstage:
    case CardKind::Metric:
    case CardKind::Opportunity:
        return companySide;
    default:
        return customerSide;
    }
}

const Bank &evidenceQuotes()
{
    static const Bank bank
        = {"\"I waited in all day and nobody came, not even a text.\"",
           "\"The website said 900 Mbps, the engineer said my street can't get it.\"",
           "\"I had to explain the whole thing again to the third person.\"",
           "\"The bill was almost double what I was quoted.\"",
           "\"I only found out about the outage from my neighbour's Facebook post.\"",
           "\"Why can I sign up online in five minutes but only cancel by phone?\"",
           "\"The router instructions showed a different box to the one I got.\"",
           "\"Hold music for half an hour, then the line dropped.\"",
           "Survey verbatim, wave 12: 'confusing', 'hidden fees', 'slow to fix'.",
           "Complaint log: 312 cases tagged with this issue last quarter."};
    return bank;
}

const Bank &channelsOnline()
{
    static const Bank bank = {"web", "app", "email", "sms", "social", "chat"};
    return bank;
}

const Bank &channelsOffline()
{
    static const Bank bank = {"store", "phone", "in_person", "mail", "event"};
    return bank;
}

const Bank &departmentNames()
{
    static const Bank bank = {"Marketing", "Sales",   "Customer Care", "Field Operations",
                              "Billing",   "Digital", "Network",       "Retention"};
    return bank;
}

const Bank &departmentRoles()
{
    static const Bank bank = {"Sets expectations before customers ever talk to us",
                              "Turns interest into orders across store, phone and web",
                              "Resolves questions and faults on every assisted channel",
                              "Installs and repairs in customers' homes",
                              "Bills accurately and explains charges",
                              "Builds the website, the app and self-service journeys",
                              "Keeps the network up and tells customers when it is not",
                              "Keeps customers who want to leave, and learns why they do"};
    return bank;
}

const Bank &peopleNames()
{
    static const Bank bank = {"Amara Okafor",   "Ben Hollis",   "Chiara Conti", "Deepak Rao",
                              "Elin Johansson", "Farid Haddad", "Grace Liu",    "Hugo Martin",
                              "Ines Duarte",    "Jonas Becker", "Kemi Adeyemi", "Lena Novak"};
    return bank;
}

const Bank &orgGoalTitles()
{
    static const Bank bank
        = {"Grow broadband net adds by 8% a year",   "Cut cost to serve by 12% by 2027",
           "Reduce first-year churn below 9%",       "Lift relationship NPS to +35",
           "Resolve 80% of faults on first contact", "Make every price clear before purchase"};
    return bank;
}

const Bank &departmentGoalTitles()
{
    static const Bank bank
        = {"Publish all-in prices on every plan page",   "Raise online conversion to 4%",
           "Answer 80% of calls within 60 seconds",      "Two-hour installation windows everywhere",
           "Zero bill shocks in the first three months", "Move 40% of contacts to self-service",
           "Notify customers of outages within 10 min",  "Save 30% of cancellation requests",
           "Train every agent on the new fault flow",    "Halve repeat engineer visits",
           "Explain every bill change in plain words",   "Launch order tracking in the app"};
    return bank;
}

const Bank &personaNames()
{
    static const Bank bank = {"Priya, the remote worker", "Tom, the first-time renter",
                              "Margaret, the loyal retiree", "Sam, the small business owner"};
    return bank;
}

const Bank &personaSegments()
{
    static const Bank bank = {"Premium broadband", "Young movers", "Long-tenure households", "SME"};
    return bank;
}

const Bank &initiativeVerbs()
{
    static const Bank bank = {"Redesign", "Automate", "Pilot",   "Simplify",  "Retrain teams on",
                              "Measure",  "Replace",  "Publish", "Integrate", "Personalise"};
    return bank;
}

const Bank &initiativeObjects()
{
    static const Bank bank = {"the coverage checker",
                              "installation scheduling",
                              "the first bill",
                              "outage notifications",
                              "the cancellation journey",
                              "agent handovers",
                              "the router self-install kit",
                              "price presentation",
                              "the order tracker",
                              "the loyalty offer engine",
                              "chat routing",
                              "the welcome pack",
                              "complaint handling",
                              "the referral programme",
                              "payment reminders",
                              "the accessibility help line"};
    return bank;
}

const Bank &initiativeDescriptions()
{
    static const Bank bank
        = {"Addresses the top pain point from the last two survey waves; business case agreed with "
           "Finance, pending capacity in the digital squad.",
           "A quick win: frontline staff proposed it in the workshop and it needs no new systems.",
           "Needs a vendor change; procurement timeline drives the start quarter.",
           "Cross-department: Care, Field Operations and Digital share the outcome metric.",
           "Pilot in two regions first, then roll out if repeat contacts drop by a fifth."};
    return bank;
}

} // namespace ts::bench::text
