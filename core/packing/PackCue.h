#pragma once

// What just happened at the packing table, for the sound, icon and text that say it together
// (issue 16, point 6: never by colour alone). Each cue has its own tone.
enum class PackCue {
    Counted,     // an item (or a typed quantity, or a line by hand) was counted
    LineDone,    // ...and that finished its line
    AllCounted,  // ...and that finished the order: the label comes next
    Labelled,    // the label's tracking number was taken
    Fulfilled,   // the fulfilment went to the outbox; the next order comes
    OrderOpened, // a slip (or an order's name) brought an order to the table
    Refused,     // a wrong item, one too many, or a scan that is nothing here: no count changed
    Attention,   // the order was interrupted (hold, cancel, gone) or something needs a person
    Undone,      // the last count, label or fulfilment was taken back
};
