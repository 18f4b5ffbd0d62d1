#include "application.h"

#include "atlas_document.h"

#include <QApplication>
#include <QMainWindow>

namespace okhotsk::app {

int runApplication(int argc, char** argv) {
  QApplication application(argc, argv);
  AtlasDocument document;
  document.openEmbedded();
  QMainWindow window;
  window.show();
  return QApplication::exec();
}

}  // namespace okhotsk::app
