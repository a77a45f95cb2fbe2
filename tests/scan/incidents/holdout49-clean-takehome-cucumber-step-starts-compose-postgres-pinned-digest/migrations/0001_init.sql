CREATE TABLE IF NOT EXISTS items (
    sku        text PRIMARY KEY,
    on_hand    integer NOT NULL CHECK (on_hand >= 0),
    reserved   integer NOT NULL DEFAULT 0 CHECK (reserved >= 0)
);

CREATE TABLE IF NOT EXISTS reservations (
    id         bigserial PRIMARY KEY,
    sku        text NOT NULL REFERENCES items(sku),
    quantity   integer NOT NULL CHECK (quantity > 0),
    state      text NOT NULL DEFAULT 'held' CHECK (state IN ('held', 'committed', 'released'))
);
