#pragma once

#include <QPlainTextEdit>

namespace rl {

class JsonHighlighter;

// A plain-text editor for JSON: syntax highlighting, a line-number gutter, and live parsing
// that marks the first error at its line and column (wavy underline plus a gutter marker).
//
// Simple API for reuse (also by the run panel for read-only raw views):
//   setJson(bytes)  replaces the text (UTF-8, shown as given) without emitting edited();
//   text()          the current text;
//   validityChanged(valid, error, line, column) after every change of the parse result;
//   edited()        when the person (not setJson) changed the text.
class JsonEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonEditor(QWidget *parent = nullptr);
    ~JsonEditor() override;

    void setJson(const QByteArray &json);
    [[nodiscard]] QString text() const;

    // An empty editor counts as valid (for optional JSON such as a schema). Default: true.
    void setEmptyAllowed(bool allowed);
    // Only a JSON object counts as valid. Default: false.
    void setObjectRequired(bool required);

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] int errorLine() const { return m_errorLine; }
    [[nodiscard]] int errorColumn() const { return m_errorColumn; }
    // Puts the text cursor on the first error, if there is one.
    void moveCursorToError();

    // Width the gutter needs; used by the gutter widget.
    [[nodiscard]] int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

Q_SIGNALS:
    void validityChanged(bool valid, const QString &error, int line, int column);
    void edited();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void revalidate();
    void updateGutterGeometry();
    void updateHighlighterPalette();

    QWidget *m_gutter = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    bool m_settingText = false;
    bool m_emptyAllowed = true;
    bool m_objectRequired = false;
    bool m_valid = true;
    bool m_firstCheck = true;
    QString m_error;
    QString m_helpToolTip; // the tooltip the form gave the editor
    QString m_shownToolTip;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace rl
