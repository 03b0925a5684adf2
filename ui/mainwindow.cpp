#include "mainwindow.h"

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}

bool MainWindow::openWorkspace(const QString &)
{
    return true;
}
