"""The core of Loket Dukcapil: storage, rules and documents. Never imports Qt."""
