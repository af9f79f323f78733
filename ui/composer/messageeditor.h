#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class MessageEditor;
}

namespace rl {

// Edits one message of thread.messages: role, text, image parts (URL or file id, with detail),
// attachments (file id + code_interpreter / file_search) and metadata.
class MessageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MessageEditor(QWidget *parent = nullptr);
    ~MessageEditor() override;

    // The message as sent: content is a string without images, a list of parts with them.
    [[nodiscard]] QJsonObject message() const;
    void setMessage(const QJsonObject &message);

    // The widget for a path inside the message ("content[1].image_url.url", "attachments[0]"...).
    [[nodiscard]] QWidget *widgetForPath(const QString &rest) const;

Q_SIGNALS:
    void changed();

private:
    void addImagePart(bool isUrl, const QString &value = {}, const QString &detail = {});
    void addAttachment(const QString &fileId, bool code, bool search);
    void updateButtons();

    std::unique_ptr<Ui::MessageEditor> m_ui;
    bool m_loading = false;
};

} // namespace rl
