#pragma once

#include "composersection.h"

#include <QJsonValue>

#include <memory>

namespace Ui {
class DeliverySection;
}

namespace rl {

// Stream or poll: one switch for the `stream` key.
class DeliverySection : public ComposerSection
{
    Q_OBJECT

public:
    explicit DeliverySection(QWidget *parent = nullptr);
    ~DeliverySection() override;

    [[nodiscard]] QStringList keys() const override;
    void writeTo(CreateThreadAndRunRequest &request) const override;
    void readFrom(const CreateThreadAndRunRequest &request) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

    [[nodiscard]] bool isStreaming() const;

private:
    std::unique_ptr<Ui::DeliverySection> m_ui;
    // A loaded body said "stream": false or null explicitly: keep sending it while polling
    // (null until the person picks a switch position).
    Field<bool> m_pollValue; // stream as sent when polling: unset, false or null
};

} // namespace rl
