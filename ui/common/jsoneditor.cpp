#include "jsoneditor.h"

#include "jsonhighlighter.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>

namespace rl {

namespace {

class Gutter : public QWidget
{
public:
    explicit Gutter(JsonEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("jsonGutterWidget"));
    }
    [[nodiscard]] QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    JsonEditor *m_editor;
};

} // namespace

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
    , m_highlighter(new JsonHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setAccessibleName(tr("JSON editor"));
    updateHighlighterPalette();
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGutterGeometry(); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0) {
            m_gutter->scroll(0, dy);
        } else {
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
        }
    });
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        revalidate();
        if (!m_settingText) {
            Q_EMIT edited();
        }
    });
    updateGutterGeometry();
    revalidate();
}

JsonEditor::~JsonEditor() = default;

void JsonEditor::setJson(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    if (text == toPlainText()) {
        return;
    }
    m_settingText = true;
    setPlainText(text);
    m_settingText = false;
}

QString JsonEditor::text() const
{
    return toPlainText();
}

void JsonEditor::moveCursorToError()
{
    if (m_valid || m_errorLine <= 0) {
        return;
    }
    QTextCursor cursor(document()->findBlockByNumber(m_errorLine - 1));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        qMin(m_errorColumn - 1, cursor.block().length() - 1));
    setTextCursor(cursor);
}

void JsonEditor::setEmptyAllowed(bool allowed)
{
    m_emptyAllowed = allowed;
    revalidate();
}

void JsonEditor::setObjectRequired(bool required)
{
    m_objectRequired = required;
    revalidate();
}

void JsonEditor::revalidate()
{
    const QString plain = toPlainText();
    const QByteArray utf8 = plain.toUtf8();
    bool valid = true;
    QString message;
    int line = 0;
    int column = 0;
    qsizetype charOffset = -1;
    if (plain.trimmed().isEmpty()) {
        valid = m_emptyAllowed;
        if (!valid) {
            message = tr("Empty: type a JSON value");
            line = 1;
            column = 1;
            charOffset = 0;
        }
    } else {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
        if (error.error != QJsonParseError::NoError) {
            valid = false;
            // The offset counts UTF-8 bytes; turn it into characters, then into line/column.
            charOffset = QString::fromUtf8(utf8.left(error.offset)).size();
            message = error.errorString();
        } else if (m_objectRequired && !doc.isObject()) {
            valid = false;
            charOffset = 0;
            message = tr("must be a JSON object ({ ... })");
        }
        if (!valid) {
            const QTextBlock block = document()->findBlock(int(qMin<qsizetype>(charOffset, plain.size())));
            line = block.blockNumber() + 1;
            column = int(charOffset - block.position()) + 1;
        }
    }

    QList<QTextEdit::ExtraSelection> selections;
    if (!valid && charOffset >= 0) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        sel.cursor.setPosition(block.position());
        sel.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (sel.cursor.selectedText().isEmpty()) {
            sel.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        }
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(palette().color(QPalette::Highlight));
        sel.format.setToolTip(message);
        selections.append(sel);
    }
    setExtraSelections(selections);

    const bool changed
        = m_firstCheck || valid != m_valid || message != m_error || line != m_errorLine || column != m_errorColumn;
    m_firstCheck = false;
    m_valid = valid;
    m_error = message;
    m_errorLine = line;
    m_errorColumn = column;
    // The tooltip explains the field (as set in its form) and, while the JSON is not valid, where.
    if (toolTip() != m_shownToolTip) {
        m_helpToolTip = toolTip();
    }
    const QString error = valid ? QString() : tr("Line %1, column %2: %3").arg(line).arg(column).arg(message);
    m_shownToolTip = error.isEmpty() ? m_helpToolTip
        : m_helpToolTip.isEmpty()    ? error
                                     : error + QStringLiteral("\n\n") + m_helpToolTip;
    setToolTip(m_shownToolTip);
    m_gutter->update();
    if (changed) {
        Q_EMIT validityChanged(valid, message, line, column);
    }
}

int JsonEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10) {
        ++digits;
    }
    // Room for the digits and for the error marker.
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * (digits + 2) + 6;
}

void JsonEditor::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void JsonEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterGeometry();
}

void JsonEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateHighlighterPalette();
    }
}

void JsonEditor::updateHighlighterPalette()
{
    m_highlighter->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
}

void JsonEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber() + 1;
            const bool isError = !m_valid && number == m_errorLine;
            painter.setPen(palette().color(isError ? QPalette::Highlight : QPalette::PlaceholderText));
            // The marker is a glyph, not only a colour.
            const QString label
                = isError ? QStringLiteral("\u25B6 ") + QString::number(number) : QString::number(number);
            painter.drawText(0, top, m_gutter->width() - 3, lineHeight, Qt::AlignRight, label);
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

bool JsonEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void JsonEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasUrls() && !source->urls().isEmpty() && source->urls().constFirst().isLocalFile()) {
        QFile file(source->urls().constFirst().toLocalFile());
        if (file.open(QIODevice::ReadOnly)) {
            // A dropped file replaces the whole text: it is a complete document.
            selectAll();
            insertPlainText(QString::fromUtf8(file.readAll()));
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace rl
