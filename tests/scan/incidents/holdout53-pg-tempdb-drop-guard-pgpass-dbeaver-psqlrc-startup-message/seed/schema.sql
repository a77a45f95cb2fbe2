CREATE TABLE customers (
    id          integer PRIMARY KEY,
    email       text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    order_id    integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers(id),
    sku         text NOT NULL,
    qty         integer NOT NULL CHECK (qty > 0),
    unit_cents  integer NOT NULL CHECK (unit_cents >= 0),
    placed_at   timestamptz NOT NULL
);

CREATE INDEX orders_customer_idx ON orders (customer_id);

INSERT INTO customers (id, email)
SELECT g, 'customer' || g || '@shop.example' FROM generate_series(1, 180) AS g;
