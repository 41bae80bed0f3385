import Foundation
import FolioShell

exit(FolioCommandLine.run(Array(CommandLine.arguments.dropFirst())))
