#include "app/mapeditor/cardclipboard.h"

#include <QMimeData>
#include <nlohmann/json.hpp>

namespace ts::app::CardClipboard {
namespace {

template<typename E> nlohmann::json opt(const std::optional<E> &v)
{
    if (!v)
        return nullptr;
    if constexpr (std::is_enum_v<E>)
        return toString(*v);
    else
        return *v;
}

template<typename E> std::optional<E> readEnum(const nlohmann::json &j, const char *key)
{
    if (!j.contains(key) || !j[key].is_string())
        return std::nullopt;
    return fromString<E>(j[key].get<std::string>());
}

template<typename T> std::optional<T> read(const nlohmann::json &j, const char *key)
{
    if (!j.contains(key) || j[key].is_null())
        return std::nullopt;
    try {
        return j[key].get<T>();
    } catch (const nlohmann::json::exception &) {
        return std::nullopt; // a foreign clipboard: ignore what does not fit
    }
}

} // namespace

QMimeData *toMimeData(const std::vector<Card> &cards)
{
    nlohmann::json array = nlohmann::json::array();
    QString text;
    for (const auto &c : cards) {
        array.push_back({{"kind", toString(c.kind)},
                         {"title", c.title},
                         {"notes", c.notes},
                         {"channel", opt(c.channel)},
                         {"online", opt(c.online)},
                         {"department_id", c.departmentId},
                         {"current_score", opt(c.currentScore)},
                         {"target_score", opt(c.targetScore)},
                         {"severity", opt(c.severity)},
                         {"frequency", opt(c.frequency)},
                         {"evidence", c.evidence},
                         {"dimension", opt(c.dimension)}});
        text += QString::fromStdString(c.title) + QLatin1Char('\n');
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), QByteArray::fromStdString(array.dump()));
    mime->setText(text);
    return mime;
}

std::vector<Card> fromMimeData(const QMimeData *mime, CardKind kindForText)
{
    std::vector<Card> cards;
    if (!mime)
        return cards;
    if (mime->hasFormat(QString::fromLatin1(kMimeType))) {
        const auto json = nlohmann::json::parse(
            mime->data(QString::fromLatin1(kMimeType)).toStdString(), nullptr, false);
        if (json.is_array()) {
            for (const auto &j : json) {
                Card c;
                c.kind = readEnum<CardKind>(j, "kind").value_or(kindForText);
                c.title = read<std::string>(j, "title").value_or("");
                c.notes = read<std::string>(j, "notes").value_or("");
                c.channel = read<std::string>(j, "channel");
                c.online = read<bool>(j, "online");
                c.departmentId = read<Id>(j, "department_id").value_or(0);
                c.currentScore = read<double>(j, "current_score");
                c.targetScore = read<double>(j, "target_score");
                c.severity = readEnum<Severity>(j, "severity");
                c.frequency = readEnum<Frequency>(j, "frequency");
                c.evidence = read<std::string>(j, "evidence").value_or("");
                c.dimension = readEnum<Dimension>(j, "dimension");
                if (!c.title.empty())
                    cards.push_back(std::move(c));
            }
            return cards;
        }
    }
    for (const auto &line : mime->text().split(QLatin1Char('\n'))) {
        const auto title = line.trimmed();
        if (title.isEmpty())
            continue;
        Card c;
        c.kind = kindForText;
        c.title = title.left(500).toStdString();
        cards.push_back(std::move(c));
    }
    return cards;
}

} // namespace ts::app::CardClipboard
