#pragma once

#include "core/demostore/graphql/FieldTypes.h"

namespace demostore {

// The schema's types of the fields the demo store serves, for the executor (which fields may
// be null when one of them answers an error).
class ServedFieldTypes final
{
public:
    static graphql::FieldTypes all();
};

} // namespace demostore
