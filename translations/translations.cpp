// The translations library holds only the embedded .qm resources; this file gives the
// library something to compile.
namespace smidig::translations {
int anchor = 0;
}
