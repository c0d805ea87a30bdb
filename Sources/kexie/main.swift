#if canImport(Glibc)
  import Glibc
#endif

exit(KexieMain.run(Array(CommandLine.arguments.dropFirst())))
