#include "replygenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

QString simplified(const QString &text)
{
    return text.simplified();
}

QString plainReply(const ReplyGenerator::Input &in)
{
    const QString said = simplified(in.userText);
    QStringList parts;
    if (!in.toolOutputs.isEmpty()) {
        for (const auto &o : in.toolOutputs) {
            parts.append(u"%1 returned %2."_s.arg(o.first, simplified(o.second)));
        }
        parts.append(u"Based on that result, here is my answer to \"%1\"."_s.arg(said));
        return parts.join(QLatin1Char(' '));
    }
    if (!in.codeLogs.isEmpty()) {
        parts.append(u"I ran the code and it printed: %1."_s.arg(simplified(in.codeLogs)));
    }
    if (in.searchedFiles) {
        parts.append(u"I searched the attached files and found no passage that matches."_s);
    }
    const int wanted = ReplyGenerator::requestedWordCount(said);
    if (wanted > 0) {
        QStringList words;
        static const QStringList cycle { u"local"_s, u"server"_s, u"words"_s, u"stream"_s,  u"one"_s,
                                         u"by"_s,    u"one"_s,    u"for"_s,   u"RunLens."_s };
        for (int i = 0; i < wanted; ++i) {
            words.append(cycle.at(i % cycle.size()));
        }
        parts.append(words.join(QLatin1Char(' ')));
        return parts.join(QLatin1Char(' '));
    }
    if (said.isEmpty()) {
        parts.append(u"Hello! I am the RunLens local server. Send a message and I will answer it."_s);
    } else {
        // Two sources so that English reads right without a translation; both have %n plural forms.
        const int n = ReplyGenerator::countWords(said);
        parts.append(
            (n == 1 ? ReplyGenerator::tr("You wrote %n word: \"%1\". This reply comes from the RunLens local server.",
                                         nullptr, n)
                    : ReplyGenerator::tr("You wrote %n words: \"%1\". This reply comes from the RunLens local server.",
                                         nullptr, n))
                .arg(said));
    }
    return parts.join(QLatin1Char(' '));
}

QJsonValue sampleFor(const QJsonObject &schema, const QString &text, int depth)
{
    const QJsonArray enumValues = schema.value(u"enum"_s).toArray();
    if (!enumValues.isEmpty()) {
        return enumValues.first();
    }
    QString type = schema.value(u"type"_s).toString();
    if (schema.value(u"type"_s).isArray()) {
        type = schema.value(u"type"_s).toArray().first().toString();
    }
    if (type == u"integer"_s || type == u"number"_s) {
        return ReplyGenerator::countWords(text);
    }
    if (type == u"boolean"_s) {
        return true;
    }
    if (type == u"null"_s) {
        return { QJsonValue::Null };
    }
    if (type == u"array"_s) {
        const QJsonObject items = schema.value(u"items"_s).toObject();
        return items.isEmpty() || depth > 4 ? QJsonArray() : QJsonArray { sampleFor(items, text, depth + 1) };
    }
    if (type == u"object"_s || schema.contains(u"properties"_s)) {
        QJsonObject out;
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        for (auto it = props.begin(); it != props.end() && depth <= 4; ++it) {
            out.insert(it.key(), sampleFor(it.value().toObject(), text, depth + 1));
        }
        for (const auto &r : schema.value(u"required"_s).toArray()) {
            if (!out.contains(r.toString())) {
                out.insert(r.toString(), text);
            }
        }
        return out;
    }
    return text;
}

} // namespace

QString ReplyGenerator::reply(const Input &input)
{
    QString plain = plainReply(input);
    const QString type = input.responseFormat.isObject() ? input.responseFormat.toObject().value(u"type"_s).toString()
                                                         : input.responseFormat.toString();
    if (type == u"json_object"_s) {
        const QJsonObject o { { u"reply"_s, plain }, { u"words"_s, countWords(input.userText) } };
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (type == u"json_schema"_s) {
        const QJsonObject schema
            = input.responseFormat.toObject().value(u"json_schema"_s).toObject().value(u"schema"_s).toObject();
        QJsonValue v = sampleFor(schema, plain, 0);
        if (!v.isObject()) {
            v = QJsonObject { { u"reply"_s, v } };
        }
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return plain;
}

QStringList ReplyGenerator::pieces(const QString &text)
{
    QStringList out;
    const QStringList words = text.split(QLatin1Char(' '));
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString piece = i == 0 ? words.at(i) : u" "_s + words.at(i);
        if (!out.isEmpty() && words.at(i).isEmpty()) {
            out.last() += piece; // runs of spaces stay in one piece
        } else {
            out.append(piece);
        }
    }
    return out;
}

int ReplyGenerator::countWords(const QString &text)
{
    return int(text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size());
}

int ReplyGenerator::requestedWordCount(const QString &text)
{
    static const QRegularExpression re(u"\\b(\\d{1,5})\\s+words\\b"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    return m.hasMatch() ? qMin(m.captured(1).toInt(), 20000) : 0;
}

} // namespace rl::server
