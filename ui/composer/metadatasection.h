#pragma once

#include "composersection.h"

#include <memory>

namespace Ui {
class MetadataSection;
}

namespace rl {

// The run's `metadata` key/value pairs. No pairs means "not set".
class MetadataSection : public ComposerSection
{
    Q_OBJECT

public:
    explicit MetadataSection(QWidget *parent = nullptr);
    ~MetadataSection() override;

    [[nodiscard]] QStringList keys() const override;
    void writeTo(QJsonObject &body) const override;
    void readFrom(const QJsonObject &body) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

private:
    std::unique_ptr<Ui::MetadataSection> m_ui;
};

} // namespace rl
