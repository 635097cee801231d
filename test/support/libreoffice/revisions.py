"""Opens Word files in LibreOffice Writer (headless, through its UNO API) and reports what a reviewer gets
from each: the text after 全部接受 and after 全部拒绝 of the tracked changes, and the moved text as
LibreOffice reads it (the file saved again by LibreOffice, its w:moveFrom and w:moveTo text).

Usage: /usr/bin/python3 revisions.py FILE.docx ...   (a Python with the uno module: Debian's python3-uno)
Prints one JSON object per file, one per line:
  {"file", "accept": [lines], "reject": [lines], "changes": n, "movedFrom": text, "movedTo": text}
or {"file", "error"} for a file LibreOffice could not open.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    item = PropertyValue()
    item.Name = name
    item.Value = value
    return item


STARTED = [0]


def start_office(profile):
    STARTED[0] += 1
    pipe = "normdesk_revisions_%d_%d" % (os.getpid(), STARTED[0])
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 180
    while True:
        try:
            return office, resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except NoConnectException:
            if time.time() > deadline or office.poll() is not None:
                raise
            time.sleep(0.25)


def lines_of(text):
    """Every paragraph of a text in reading order; a table's cells row by row, each paragraph a line."""
    lines = []
    enumeration = text.createEnumeration()
    while enumeration.hasMoreElements():
        element = enumeration.nextElement()
        if element.supportsService("com.sun.star.text.TextTable"):
            for name in element.getCellNames():
                lines.extend(lines_of(element.getCellByName(name).getText()))
        else:
            lines.append(element.getString())
    return lines


def moved_text(path, tag):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    parts = re.findall(r"<w:%s [^>]*[^/]>(.*?)</w:%s>" % (tag, tag), xml, re.S)
    return "".join("".join(re.findall(r"<w:(?:t|delText)(?: [^>]*)?>([^<]*)</w:", part)) for part in parts)


class Office:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="normdesk-office-")
        self.process, self.context = start_office(self.profile)
        self.desktop = self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.context
        )
        self.dispatcher = self.context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.context
        )

    def open(self, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        document = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if document is None:
            raise RuntimeError("LibreOffice could not open %s" % path)
        return document

    def revised(self, path, command):
        document = self.open(path)
        try:
            frame = document.getCurrentController().getFrame()
            self.dispatcher.executeDispatch(frame, ".uno:%sAllTrackedChanges" % command, "", 0, ())
            return lines_of(document.getText())
        finally:
            document.close(True)

    def resaved(self, path, target):
        document = self.open(path)
        try:
            changes = document.getRedlines().createEnumeration()
            count = 0
            while changes.hasMoreElements():
                changes.nextElement()
                count += 1
            document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "MS Word 2007 XML"),))
            return count
        finally:
            document.close(True)

    def close(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def report_on(office, path, target):
    changes = office.resaved(path, target)
    return {
        "file": path,
        "accept": office.revised(path, "Accept"),
        "reject": office.revised(path, "Reject"),
        "changes": changes,
        "movedFrom": moved_text(target, "moveFrom"),
        "movedTo": moved_text(target, "moveTo"),
    }


def main(paths):
    office = Office()
    scratch = tempfile.mkdtemp(prefix="normdesk-resaved-")
    target = os.path.join(scratch, "resaved.docx")
    try:
        for path in paths:
            # LibreOffice can die under a heavy load; a new one is started and the file tried again.
            for attempt in range(3):
                try:
                    report = report_on(office, path, target)
                    break
                except Exception as error:
                    report = {"file": path, "error": "%s: %s" % (type(error).__name__, error)}
                    office.close()
                    office = Office()
            print(json.dumps(report, ensure_ascii=False), flush=True)
    finally:
        office.close()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
