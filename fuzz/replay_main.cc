// A main() for the fuzz targets without libFuzzer (gcc builds, valgrind):
// runs LLVMFuzzerTestOneInput once on each file named, as `FUZZER FILE...`
// does with libFuzzer. The ctest replay of seeds and regressions uses it.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  size_t runs = 0;
  for (int i = 1; i < argc; ++i) {
    if (argv[i][0] == '-') continue;  // libFuzzer's options (-timeout=...) mean nothing here
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot open\n", argv[i]);
      return 1;
    }
    std::vector<char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.data()), data.size());
    ++runs;
  }
  std::printf("Executed %zu inputs\n", runs);
  return 0;
}
