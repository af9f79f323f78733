#include "mainwindow.h"

#include "ui_mainwindow.h"

namespace rl {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("RunLens"));
}

MainWindow::~MainWindow() = default;

} // namespace rl
