#pragma once

#include "codeexport.h"

#include <QMenu>

namespace rl {

// File > Copy as code: curl, Python, Node.js or the raw HTTP request. Emits the choice; the main
// window renders the composer's request for the active connection and puts it on the clipboard.
class CodeMenu : public QMenu
{
    Q_OBJECT

public:
    explicit CodeMenu(QWidget *parent = nullptr);

    // The name shown for a language ("curl", "Python", ...), without a mnemonic.
    [[nodiscard]] static QString label(CodeExport::Language language);

Q_SIGNALS:
    void chosen(rl::CodeExport::Language language);
};

} // namespace rl
