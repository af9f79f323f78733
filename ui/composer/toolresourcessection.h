#pragma once

#include "composersection.h"

#include <memory>

namespace Ui {
class ToolResourcesSection;
}

namespace rl {

// Run-level `tool_resources`: code interpreter file ids and one file-search vector store.
class ToolResourcesSection : public ComposerSection
{
    Q_OBJECT

public:
    explicit ToolResourcesSection(QWidget *parent = nullptr);
    ~ToolResourcesSection() override;

    [[nodiscard]] QStringList keys() const override;
    void writeTo(QJsonObject &body) const override;
    void readFrom(const QJsonObject &body) override;
    [[nodiscard]] QWidget *widgetForPath(const QString &path, bool reveal) override;

private:
    void updateCounter();

    std::unique_ptr<Ui::ToolResourcesSection> m_ui;
};

} // namespace rl
